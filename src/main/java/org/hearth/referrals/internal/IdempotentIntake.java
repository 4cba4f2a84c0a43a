package org.hearth.referrals.internal;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.hearth.referrals.Referral;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A referral received through the API with an {@code Idempotency-Key}: the first request with a key makes the
 * referral and keeps its answer; a repeat with the same request gets that answer and makes nothing; the same key
 * with a different request is refused. Claiming the key, making the referral and keeping the answer are one
 * transaction, so a failed request leaves its key free. Keys are per API client.
 */
@Component
public class IdempotentIntake {

    /** What a request with a key led to. */
    public sealed interface Outcome permits Made, Replayed, KeyReused {
    }

    /** The key was new: the referral was made, and {@code answer} kept for repeats. */
    public record Made(Intake.Received received) implements Outcome {
    }

    /** The key was used before for the same request: its first answer, unchanged. */
    public record Replayed(UUID referral, int status, String answer) implements Outcome {
    }

    /** The key was used before for a different request. */
    public record KeyReused() implements Outcome {
    }

    private final Intake intake;
    private final JdbcClient jdbc;

    IdempotentIntake(Intake intake, JdbcClient jdbc) {
        this.intake = intake;
        this.jdbc = jdbc;
    }

    /**
     * Receives the referral once per {@code (client, key)}. {@code requestHash} tells a repeat from a different
     * request; {@code answer} is the response body kept for repeats (ids and reference only, never personal data).
     */
    @Transactional
    public Outcome receive(IncomingReferral in, UUID client, String key, String requestHash,
            Function<Referral, String> answer) {
        int claimed = jdbc.sql("""
                INSERT INTO api_idempotency (client_id, idempotency_key, request_hash) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""").params(client, key, requestHash).update();
        if (claimed == 0) {
            Map<String, Object> first = jdbc.sql("""
                    SELECT request_hash, referral_id, response_status, response_body FROM api_idempotency
                    WHERE client_id = ? AND idempotency_key = ?""").params(client, key).query().singleRow();
            return requestHash.equals(first.get("request_hash"))
                    ? new Replayed((UUID) first.get("referral_id"), (Integer) first.get("response_status"),
                            (String) first.get("response_body"))
                    : new KeyReused();
        }
        Intake.Received received = intake.receive(in);
        Referral r = received.referral();
        jdbc.sql("""
                UPDATE api_idempotency SET referral_id = ?, response_status = 201, response_body = ?
                WHERE client_id = ? AND idempotency_key = ?""")
                .params(r.id().value(), answer.apply(r), client, key).update();
        return new Made(received);
    }
}
