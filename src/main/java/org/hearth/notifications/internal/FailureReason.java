package org.hearth.notifications.internal;

import java.util.regex.Pattern;
import org.json.JSONObject;
import org.springframework.mail.MailSendException;
import uk.gov.service.notify.NotificationClientException;

/**
 * Why an attempt failed, in words an administrator can act on and with no personal data: the exception's type, an
 * SMTP server's reply (with every e-mail address taken out: a reply may quote the recipient), or Notify's HTTP
 * status and error type (never its message, which may quote the address).
 */
final class FailureReason {

    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:]+@[^\\s<>\"'(),;:]+");
    private static final Pattern SMTP_REPLY = Pattern.compile("[2-5]\\d\\d[ -]");
    private static final int MAX = 300;

    private FailureReason() {
    }

    static String of(Throwable e) {
        if (e instanceof NotificationClientException notify) {
            return "GOV.UK Notify answered " + notify.getHttpResult() + notifyErrorType(notify.getMessage());
        }
        StringBuilder out = new StringBuilder(e.getClass().getSimpleName());
        String reply = smtpReply(e);
        if (reply != null) {
            out.append(": ").append(reply);
        }
        String text = ADDRESS.matcher(out.toString()).replaceAll("(address)");
        return text.length() > MAX ? text.substring(0, MAX) : text;
    }

    /** The innermost SMTP reply (code and text), or the innermost cause's type when the server never answered. */
    private static String smtpReply(Throwable e) {
        Throwable cause = e instanceof MailSendException m && m.getFailedMessages().size() == 1
                ? m.getFailedMessages().values().iterator().next() : e.getCause();
        String found = null;
        for (Throwable t = cause; t != null; t = t.getCause()) {
            String line = firstLine(t.getMessage());
            if (t instanceof jakarta.mail.MessagingException && SMTP_REPLY.matcher(line).lookingAt()) {
                found = line;
            } else if (found == null && t.getCause() == null) {
                found = t.getClass().getSimpleName();
            }
        }
        return found;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int nl = text.indexOf('\n');
        return (nl < 0 ? text : text.substring(0, nl)).strip();
    }

    private static String notifyErrorType(String body) {
        try {
            int start = body == null ? -1 : body.indexOf('{');
            if (start >= 0) {
                var errors = new JSONObject(body.substring(start)).optJSONArray("errors");
                if (errors != null && !errors.isEmpty()) {
                    return " (" + errors.getJSONObject(0).optString("error", "error") + ")";
                }
            }
        } catch (RuntimeException ignored) {
            // not Notify's JSON: the status is enough
        }
        return "";
    }
}
