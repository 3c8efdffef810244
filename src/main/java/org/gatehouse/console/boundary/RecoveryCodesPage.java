package org.gatehouse.console.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The recovery codes of a first sign-in, shown once. Any page whose sign-in issued codes (the sign-in
 * page, an accepted invitation) answers its post with {@link #show}: the codes are rendered in that very
 * response and exist nowhere else, not in a node's memory nor in the session, so they cannot be shown
 * twice. Opened by its address, the page only says that they were shown.
 */
@Named
@RequestScoped
public class RecoveryCodesPage {

    private List<String> codes;

    /** Renders the codes in this response; the action returns this outcome (a forward, never a redirect). */
    public String show(List<String> issued) {
        codes = List.copyOf(issued);
        ConsoleGate.noStore(FacesContext.getCurrentInstance().getExternalContext());
        return ConsolePage.RECOVERY_CODES.view();
    }

    /** The codes of this response, or null when the page was opened by its address. */
    public List<String> getCodes() {
        return codes;
    }

    /** The codes as the text file the page offers for download, in a data URL the browser saves itself. */
    public String getDownload() {
        return download(codes);
    }

    /** These codes as a text file in a data URL, for any page that shows codes it was just given. */
    static String download(List<String> codes) {
        String file = String.join("\n", codes) + "\n";
        return "data:text/plain;charset=utf-8," + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
