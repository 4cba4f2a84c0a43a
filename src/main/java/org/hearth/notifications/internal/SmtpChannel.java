package org.hearth.notifications.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends through an SMTP server with Jakarta Mail, configured by Spring's {@link JavaMailSenderImpl}. One connection
 * serves a whole round of the worker (opened at the first message, closed at the round's end or at the first
 * failure), not one connection a message: at 1,000 messages the handshakes were most of the time.
 */
public class SmtpChannel implements Channel {

    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();
    private final String from;
    /** The round's open connection, or null. */
    private Transport transport;

    public SmtpChannel(NotificationSettings.Smtp smtp) {
        if (smtp.host().isBlank()) {
            throw new IllegalStateException("hearth.notifications.smtp.host must be set for the smtp channel");
        }
        sender.setHost(smtp.host());
        sender.setPort(smtp.port());
        if (!smtp.username().isBlank()) {
            sender.setUsername(smtp.username());
            sender.setPassword(smtp.password());
        }
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        Properties props = sender.getJavaMailProperties();
        String millis = String.valueOf(smtp.timeout().toMillis());
        props.setProperty("mail.smtp.connectiontimeout", millis);
        props.setProperty("mail.smtp.timeout", millis);
        props.setProperty("mail.smtp.writetimeout", millis);
        props.setProperty("mail.smtp.auth", String.valueOf(!smtp.username().isBlank()));
        if (smtp.starttls()) {
            props.setProperty("mail.smtp.starttls.enable", "true");
            props.setProperty("mail.smtp.starttls.required", "true");
        }
        this.from = smtp.from();
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public synchronized void send(Envelope envelope) {
        try {
            MimeMessage mail = new MimeMessage(sender.getSession());
            mail.setFrom(new InternetAddress(from));
            mail.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(envelope.address(), true));
            mail.setSubject(envelope.subject(), StandardCharsets.UTF_8.name());
            mail.setText(envelope.body(), StandardCharsets.UTF_8.name());
            mail.saveChanges();
            if (transport == null || !transport.isConnected()) {
                transport = sender.getSession().getTransport("smtp");
                transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
            }
            transport.sendMessage(mail, mail.getAllRecipients());
        } catch (MessagingException e) {
            roundEnded(); // a broken connection is never reused
            // as Spring's sender reports it: the server's reply or the cause, never the address (FailureReason)
            throw new MailSendException("Sending by SMTP failed", e);
        }
    }

    @Override
    public synchronized void roundEnded() {
        if (transport != null) {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the server went away: nothing left to close
            }
            transport = null;
        }
    }
}
