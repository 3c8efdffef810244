package org.gatehouse.console.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.gatehouse.platform.control.Outcome;

/** The console's texts and messages as page beans use them: a text by key, a message for the page or a field. */
final class FacesTexts {

    private FacesTexts() {
    }

    /** The text of this key in the console's bundle. */
    static String text(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "text").getString(key);
    }

    /** A message for the whole page ({@code clientId} null) or next to one field. */
    static void message(String clientId, FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, null));
    }

    static void info(String summary) {
        message(null, FacesMessage.SEVERITY_INFO, summary);
    }

    /** A refusal or not-found of control, in control's words (the API's). */
    static void error(String clientId, Outcome<?> outcome) {
        message(clientId, FacesMessage.SEVERITY_ERROR, outcome.error());
    }
}
