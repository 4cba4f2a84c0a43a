package org.hearth.notifications.web;

import java.util.List;
import java.util.stream.Stream;
import org.hearth.audit.NotAudited;
import org.hearth.notifications.MessageId;
import org.hearth.notifications.MessageStatus;
import org.hearth.notifications.Outbox;
import org.hearth.notifications.OutboxMessage;
import org.hearth.platform.Dates;
import org.hearth.platform.Navigation;
import org.hearth.platform.NavigationSection;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outbox, for system administrators: queued, sent and dead-lettered messages, and sending a dead letter again. */
@Controller
@RequestMapping("/admin/outbox")
@NotAudited("the outbox holds no personal data (a recipient establishment or user, a kind and a link); "
        + "Outbox.resend records each resend")
class OutboxPages {

    static final int SHOWN = 200;

    /** A row of the table, in words. */
    record Row(String id, String recipient, String kind, String status, String attempts, String queued, String next,
            String sent, String channel, String why, boolean dead) {

        static Row of(OutboxMessage m) {
            return new Row(m.id().toString(), m.recipient().label(), m.kind().label(), m.status().label(),
                    String.valueOf(m.attempts()), Dates.dayAndTime(m.createdAt()),
                    m.status() == MessageStatus.QUEUED ? Dates.dayAndTime(m.nextAttemptAt()) : "",
                    m.sentAt() == null ? "" : Dates.dayAndTime(m.sentAt()),
                    m.channel() == null ? "" : channelLabel(m.channel()),
                    m.lastError() == null ? "" : m.lastError(), m.status() == MessageStatus.DEAD);
        }

        static String channelLabel(String channel) {
            return switch (channel) {
                case "smtp" -> "E-mail (SMTP)";
                case "notify" -> "GOV.UK Notify";
                default -> "In-app outbox";
            };
        }
    }

    private final Outbox outbox;

    OutboxPages(Outbox outbox) {
        this.outbox = outbox;
    }

    @Navigation(label = "Outbox", order = 86, section = NavigationSection.ADMINISTRATION, roles = "SYSTEM_ADMIN")
    @GetMapping
    String list(@RequestParam(required = false) String status, Model model) {
        MessageStatus shown = parse(status);
        model.addAttribute("shown", shown.name());
        model.addAttribute("shownLabel", shown.label());
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("statuses", List.of(MessageStatus.values()));
        List<Row> rows = outbox.list(shown, SHOWN).stream().map(Row::of).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("heads", heads(shown));
        return "notifications/outbox";
    }

    /** The columns of a state's messages: when the next attempt is, when and how each was sent, or why it failed. */
    static List<String> heads(MessageStatus shown) {
        return Stream.concat(Stream.of("Recipient", "Kind", "Queued", "Attempts"), switch (shown) {
            case QUEUED -> Stream.of("Next attempt", "Why the last attempt failed");
            case SENT -> Stream.of("Sent", "Channel");
            case DEAD -> Stream.of("Why the last attempt failed");
        }).toList();
    }

    @PostMapping("/{id}/resend")
    String resend(@PathVariable String id, RedirectAttributes redirect) {
        MessageId message;
        try {
            message = MessageId.of(id);
        } catch (IllegalArgumentException e) {
            return "redirect:/admin/outbox?status=DEAD";
        }
        if (outbox.resend(message)) {
            redirect.addFlashAttribute("success", "The message was queued again");
        } else {
            redirect.addFlashAttribute("notice", "Only a dead letter can be sent again");
        }
        return "redirect:/admin/outbox?status=DEAD";
    }

    private static MessageStatus parse(String status) {
        if (status != null) {
            for (MessageStatus s : MessageStatus.values()) {
                if (s.name().equalsIgnoreCase(status)) {
                    return s;
                }
            }
        }
        return MessageStatus.QUEUED;
    }
}
