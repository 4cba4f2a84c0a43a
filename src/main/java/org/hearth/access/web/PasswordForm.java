package org.hearth.access.web;

/** An administrator setting a new password for a user; checked against {@link org.hearth.access.PasswordPolicy}. */
public class PasswordForm {

    private String password;

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
