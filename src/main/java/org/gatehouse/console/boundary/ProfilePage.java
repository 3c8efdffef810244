package org.gatehouse.console.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.Optional;
import org.gatehouse.auth.control.CurrentCaller;
import org.gatehouse.files.control.ProfilePictures;
import org.gatehouse.files.entity.StoredFile;
import org.gatehouse.users.control.OwnPasswordChange;
import org.gatehouse.users.control.ProfileChanges;
import org.gatehouse.users.control.ProfileUpdate;
import org.gatehouse.users.control.UserDirectory;
import org.gatehouse.users.control.UserService;
import org.gatehouse.users.entity.User;

/**
 * The signed-in user's own profile: E19's changes (username, bio, password) through
 * {@link UserService}, and E61/E62's picture through {@link ProfilePictures}. Each form posts on its own;
 * a success answers with a redirect to {@code ?done=...}, so a reload never posts again and the message
 * needs no state kept between the two requests.
 */
@Named
@RequestScoped
public class ProfilePage {

    static final String ADDRESS = "/admin/profile";

    @Inject
    CurrentCaller caller;

    @Inject
    UserService users;

    @Inject
    UserDirectory directory;

    @Inject
    ProfilePictures pictures;

    private User me;
    private String username;
    private String bio;
    private String currentPassword;
    private String newPassword;
    private String confirmPassword;
    private Part picture;
    private String pictureSource;

    /** The fields start as the stored profile; a post then overwrites those of its own form. */
    @PostConstruct
    void load() {
        me = caller.user().flatMap(user -> directory.byId(user.getId())).orElse(null);
        if (me != null) {
            username = me.getUsername();
            bio = me.getBio();
        }
    }

    /** The success message of the post that redirected here, named by {@code ?done=}. */
    public void announce() {
        String done = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("done");
        if (done != null && done.matches("[a-zA-Z]{1,20}")) {
            Optional.of("profile.done." + done).filter(FacesTexts::has).map(FacesTexts::text).ifPresent(message -> FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null)));
        }
    }

    /** Username and bio, with E19's rules; a refusal is shown next to the field it concerns. */
    public void saveProfile() throws IOException {
        ProfileUpdate result = users.updateOwnProfile(me, new ProfileChanges(Optional.ofNullable(username),
                Optional.empty(), Optional.of(bio == null ? "" : bio)), caller.sessionId());
        if (result instanceof ProfileUpdate.InvalidUsername invalid) {
            FacesTexts.error("profile:username", invalid.message());
        } else if (result instanceof ProfileUpdate.Refused refused) {
            FacesTexts.error(UserService.BIO_TOO_LONG.equals(refused.message()) ? "profile:bio" : "profile:username", refused.message());
        } else {
            done("profile");
        }
    }

    /** The own password, with the current one; the page's session stays, every other one ends. */
    public void changePassword() throws IOException {
        ProfileUpdate result = users.changeOwnPassword(me,
                new OwnPasswordChange(currentPassword, newPassword, confirmPassword), caller.sessionId());
        currentPassword = null;
        newPassword = null;
        confirmPassword = null;
        if (result instanceof ProfileUpdate.WrongCurrentPassword wrong) {
            FacesTexts.error("password:currentPassword", wrong.message());
        } else if (result instanceof ProfileUpdate.Refused refused) {
            FacesTexts.error(UserService.PASSWORDS_DIFFER.equals(refused.message()) ? "password:confirmPassword"
                    : "password:newPassword", refused.message());
        } else {
            done("password");
        }
    }

    /** A new picture, refused with the API's words when it is too large or not an image. */
    public void uploadPicture() throws IOException {
        if (picture == null || picture.getSize() == 0) {
            FacesTexts.error("picture:file", FacesTexts.text("profile.noFile"));
            return;
        }
        byte[] content;
        try (InputStream in = picture.getInputStream()) {
            // One byte over the limit is enough to know the picture is too large.
            content = in.readNBytes(pictures.maxBytes() + 1);
        }
        Optional<String> refused = pictures.replace(me, content).map(refusal -> refusal.message(pictures.maxBytes()));
        if (refused.isPresent()) {
            FacesTexts.error("picture:file", refused.get());
        } else {
            done("picture");
        }
    }

    public void removePicture() throws IOException {
        pictures.remove(me);
        done("pictureRemoved");
    }

    /** The current picture as a data URL (the API's picture address takes a bearer token, not a page session). */
    public String getPictureSource() {
        if (pictureSource == null && me != null) {
            pictureSource = pictures.of(me).map(ProfilePage::dataUrl).orElse("");
        }
        return pictureSource;
    }

    public boolean isHasPicture() {
        return !getPictureSource().isEmpty();
    }

    /** The largest picture accepted, in kilobytes, for the hint next to the field. */
    public long getMaxKilobytes() {
        return pictures.maxBytes() / 1024;
    }

    public User getMe() {
        return me;
    }

    private static String dataUrl(StoredFile file) {
        return "data:" + file.getContentType() + ";base64," + Base64.getEncoder().encodeToString(file.getContent());
    }

    private static void done(String what) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + ADDRESS + "?done=" + what);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getBio() {
        return bio;
    }

    public void setBio(String bio) {
        this.bio = bio;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    public Part getPicture() {
        return picture;
    }

    public void setPicture(Part picture) {
        this.picture = picture;
    }
}
