package org.hearth.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Sends through an SMTP server with Spring's {@link JavaMailSenderImpl} (Jakarta Mail). */
public class SmtpChannel implements Channel {

    private final JavaMailSenderImpl sender = new JavaMailSenderImpl();
    private final String from;

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
    public void send(Envelope envelope) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(envelope.address());
        mail.setSubject(envelope.subject());
        mail.setText(envelope.body());
        sender.send(mail);
    }
}
