package org.gatehouse.console.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.gatehouse.platform.control.Outcome;

/**
 * How every console page speaks: a text of the console's one bundle by key, a message for the page or
 * next to a field (control's refusals in control's words, which are the API's), and instants as shown.
 */
public final class FacesTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private FacesTexts() {
    }

    /** The text of this key in the console's bundle, its {@code {0}}... filled in. */
    public static String text(String key, Object... arguments) {
        String text = bundle().getString(key);
        return arguments.length == 0 ? text : MessageFormat.format(text, arguments);
    }

    /** Whether the console's bundle has this key. */
    public static boolean has(String key) {
        return bundle().containsKey(key);
    }

    /** A message for the whole page ({@code clientId} null) or next to one field. */
    public static void message(String clientId, FacesMessage.Severity severity, String summary) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, summary, null));
    }

    public static void info(String summary) {
        message(null, FacesMessage.SEVERITY_INFO, summary);
    }

    public static void error(String clientId, String summary) {
        message(clientId, FacesMessage.SEVERITY_ERROR, summary);
    }

    /** A refusal or not-found of control, in control's words (the API's). */
    public static void error(String clientId, Outcome<?> outcome) {
        error(clientId, outcome.error());
    }

    /** An instant as the console shows it (UTC, to the minute); empty for none. */
    public static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    private static ResourceBundle bundle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "text");
    }
}
