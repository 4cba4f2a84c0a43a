package org.hearth.access.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.hearth.access.StaffUserDetails;

/** The add user form: the user's details plus a username and an initial password. */
public class NewUserForm extends UserForm {

    /** Blank passes the pattern, so a blank username gets one message ("Enter a username"), not two. */
    @NotBlank(message = "Enter a username")
    @Pattern(regexp = "^$|^[a-z0-9][a-z0-9._-]{2,59}$",
            message = "Username must be 3 to 60 lower-case letters, digits, dots, dashes or underscores, "
                    + "starting with a letter or digit")
    private String username;

    /** Checked against {@link org.hearth.access.PasswordPolicy} by the controller. */
    private String password;

    StaffUserDetails details() {
        return details(username);
    }

    public String getUsername() {
        return username;
    }

    /** Usernames are lower case; what is typed is trimmed and lower-cased, as at sign-in. */
    public void setUsername(String username) {
        this.username = username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
