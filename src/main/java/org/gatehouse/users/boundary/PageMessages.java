package org.gatehouse.users.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.gatehouse.users.control.RoleRules;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.control.UsernameRules;

/**
 * How the users pages speak: a control result as a Faces message (the control's own words), next to the
 * field the rule concerns when there is one, and the console's texts and dates.
 */
final class PageMessages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The field a refusal of USER-CREATE or USER-UPDATE is about. */
    enum Field { USERNAME, PASSWORD, ROLE, BIO, LIMIT, NONE }

    private PageMessages() {
    }

    static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** A console text, its {0}... filled in. */
    static String text(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "text");
        return arguments.length == 0 ? bundle.getString(key) : MessageFormat.format(bundle.getString(key), arguments);
    }

    static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /**
     * Which field a control message concerns: the rules' messages are constants of their classes, and every
     * other refusal of a password (the policy's many) is about the password.
     */
    static Field fieldOf(String message) {
        if (message == null) {
            return Field.NONE;
        }
        if (message.startsWith("Username") || message.equals(UsernameRules.TAKEN)) {
            return Field.USERNAME;
        }
        if (message.equals(UserService.INVALID_ROLE) || message.equals(RoleRules.INVALID_ROLE_SELECTION)) {
            return Field.ROLE;
        }
        if (message.equals(UserService.BIO_TOO_LONG)) {
            return Field.BIO;
        }
        if (message.equals(UserService.BAD_LIMIT)) {
            return Field.LIMIT;
        }
        if (message.equals(RoleRules.CANNOT_MODIFY) || message.equals(RoleRules.LAST_ADMIN)
                || message.equals(RoleRules.INVALID_CALLER) || message.equals(UserService.NOT_FOUND)
                || message.equals(UserService.NO_UPDATES)) {
            return Field.NONE;
        }
        return Field.PASSWORD;
    }
}
