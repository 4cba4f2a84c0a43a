package org.hearth.workforce.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hearth.workforce.EvidenceFile;
import org.hearth.workforce.HolderKind;
import org.hearth.workforce.QualityMarkApplication.Decision;
import org.hearth.workforce.QualityMarkApplication.Evidence;
import org.hearth.workforce.QualityMarkApplicationId;
import org.hearth.workforce.QualityMarkStandard;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Quality Mark in PostgreSQL (its standards, the applications with their evidence and decisions, the awards): SQL
 * only, no checks and no audit ({@link JdbcQualityMark} does both). Holders are ids here: their names come from the
 * partnership and encompass modules.
 */
@Component
class QualityMarkStore {

    private final JdbcClient jdbc;

    QualityMarkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An application's row: its holder by kind and id. */
    record ApplicationRow(UUID id, HolderKind kind, UUID holderId, int sought, LocalDate opened, Integer level,
            LocalDate on, LocalDate expires) {
    }

    List<QualityMarkStandard> standards() {
        return jdbc.sql("SELECT code, position, level, title, description, active FROM qm_standard ORDER BY position")
                .query((rs, n) -> new QualityMarkStandard(rs.getString("code"), rs.getInt("position"),
                        rs.getInt("level"), rs.getString("title"), rs.getString("description"),
                        rs.getBoolean("active")))
                .list();
    }

    /** Locks the standards against other writers of positions and codes (reads go on); the next position. */
    int lockForNewStandard() {
        jdbc.sql("LOCK TABLE qm_standard IN EXCLUSIVE MODE").update();
        return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM qm_standard").query(Integer.class).single();
    }

    void addStandard(String code, int position, int level, String title, String description) {
        jdbc.sql("""
                INSERT INTO qm_standard (code, position, level, title, description)
                VALUES (:code, :position, :level, :title, :description)""")
                .param("code", code).param("position", position).param("level", level).param("title", title)
                .param("description", description).update();
    }

    void changeStandard(String code, int level, String title, String description) {
        jdbc.sql("UPDATE qm_standard SET level = :level, title = :title, description = :description WHERE code = :code")
                .param("level", level).param("title", title).param("description", description).param("code", code)
                .update();
    }

    void setStandardActive(String code, boolean active) {
        jdbc.sql("UPDATE qm_standard SET active = :active WHERE code = :code").param("active", active)
                .param("code", code).update();
    }

    /** Whether the holder has an application not yet awarded. */
    boolean hasOpenApplication(HolderKind kind, UUID holder) {
        return jdbc.sql("""
                SELECT exists(SELECT 1 FROM qm_application WHERE holder_kind = :kind AND holder_id = :holder
                    AND awarded_on IS NULL)""")
                .param("kind", kind.name()).param("holder", holder).query(Boolean.class).single();
    }

    void addApplication(QualityMarkApplicationId id, HolderKind kind, UUID holder, int levelSought, LocalDate on,
            UUID by) {
        jdbc.sql("""
                INSERT INTO qm_application (id, holder_kind, holder_id, level_sought, opened_on, opened_by)
                VALUES (:id, :kind, :holder, :level, :on, :by)""")
                .param("id", id.value()).param("kind", kind.name()).param("holder", holder)
                .param("level", levelSought).param("on", on).param("by", by).update();
    }

    /** One application's row. */
    List<ApplicationRow> application(QualityMarkApplicationId id) {
        return applications("WHERE a.id = :id", Map.of("id", id.value()));
    }

    /** The applications not yet awarded. */
    List<ApplicationRow> openApplications() {
        return applications("WHERE a.awarded_on IS NULL", Map.of());
    }

    private List<ApplicationRow> applications(String where, Map<String, Object> params) {
        return jdbc.sql("""
                SELECT a.id, a.holder_kind, a.holder_id, a.level_sought, a.opened_on, a.awarded_level, a.awarded_on,
                    a.expires_on FROM qm_application a""" + " " + where + " ORDER BY a.opened_on, a.created_at")
                .params(params)
                .query(QualityMarkStore::applicationRow).list();
    }

    /** The evidence of these applications, by application, oldest first. */
    Map<UUID, List<Evidence>> evidence(UUID[] applications) {
        return jdbc.sql("""
                SELECT application_id, id, standard_code, note, file_name, added_on FROM qm_evidence
                WHERE application_id = ANY (:ids) ORDER BY added_at, id""").param("ids", applications)
                .query((rs, n) -> Map.entry(rs.getObject("application_id", UUID.class),
                        new Evidence(rs.getObject("id", UUID.class), rs.getString("standard_code"),
                                rs.getString("note"), rs.getString("file_name"),
                                rs.getObject("added_on", LocalDate.class))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    /** The decisions on these applications' standards, by application. */
    Map<UUID, List<Decision>> decisions(UUID[] applications) {
        return jdbc.sql("""
                SELECT application_id, standard_code, met, note, decided_on FROM qm_decision
                WHERE application_id = ANY (:ids) ORDER BY standard_code""").param("ids", applications)
                .query((rs, n) -> Map.entry(rs.getObject("application_id", UUID.class),
                        new Decision(rs.getString("standard_code"), rs.getBoolean("met"), rs.getString("note"),
                                rs.getObject("decided_on", LocalDate.class))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    void addEvidence(UUID id, QualityMarkApplicationId application, String standard, String note, String fileName,
            String contentType, byte[] content, LocalDate on, UUID by) {
        jdbc.sql("""
                INSERT INTO qm_evidence (id, application_id, standard_code, note, file_name, content_type, content,
                    added_on, added_by)
                VALUES (:id, :application, :standard, :note, :fileName, :contentType, :content, :on, :by)""")
                .param("id", id).param("application", application.value()).param("standard", standard)
                .param("note", note).param("fileName", fileName).param("contentType", contentType)
                .param("content", content).param("on", on).param("by", by).update();
    }

    Optional<EvidenceFile> evidenceFile(QualityMarkApplicationId application, UUID evidence) {
        return jdbc.sql("""
                SELECT file_name, content_type, content FROM qm_evidence
                WHERE application_id = :application AND id = :id AND content IS NOT NULL""")
                .param("application", application.value()).param("id", evidence)
                .query((rs, n) -> new EvidenceFile(rs.getString("file_name"), rs.getString("content_type"),
                        rs.getBytes("content")))
                .optional();
    }

    void decide(QualityMarkApplicationId id, String standard, boolean met, String note, LocalDate on, UUID by) {
        jdbc.sql("""
                INSERT INTO qm_decision (application_id, standard_code, met, note, decided_on, decided_by)
                VALUES (:application, :standard, :met, :note, :on, :by)
                ON CONFLICT (application_id, standard_code) DO UPDATE SET met = EXCLUDED.met, note = EXCLUDED.note,
                    decided_on = EXCLUDED.decided_on, decided_by = EXCLUDED.decided_by""")
                .param("application", id.value()).param("standard", standard).param("met", met).param("note", note)
                .param("on", on).param("by", by).update();
    }

    void award(QualityMarkApplicationId id, int level, LocalDate on, LocalDate expires, UUID by) {
        jdbc.sql("""
                UPDATE qm_application SET awarded_level = :level, awarded_on = :on, expires_on = :expires,
                    awarded_by = :by
                WHERE id = :id AND awarded_on IS NULL""")
                .param("level", level).param("on", on).param("expires", expires).param("by", by)
                .param("id", id.value()).update();
    }

    /** Each holder's latest award. */
    List<ApplicationRow> latestAwards() {
        return jdbc.sql("""
                SELECT DISTINCT ON (holder_kind, holder_id) id, holder_kind, holder_id, level_sought, opened_on,
                    awarded_level, awarded_on, expires_on
                FROM qm_application WHERE awarded_on IS NOT NULL
                ORDER BY holder_kind, holder_id, awarded_on DESC, created_at DESC""")
                .query(QualityMarkStore::applicationRow).list();
    }

    private static ApplicationRow applicationRow(ResultSet rs, int n) throws SQLException {
        return new ApplicationRow(rs.getObject("id", UUID.class), HolderKind.valueOf(rs.getString("holder_kind")),
                rs.getObject("holder_id", UUID.class), rs.getInt("level_sought"),
                rs.getObject("opened_on", LocalDate.class), (Integer) rs.getObject("awarded_level"),
                rs.getObject("awarded_on", LocalDate.class), rs.getObject("expires_on", LocalDate.class));
    }
}
