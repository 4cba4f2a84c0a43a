package org.hearth.partnership.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.partnership.Agency;
import org.hearth.partnership.AgencyDetails;
import org.hearth.partnership.AgencyId;
import org.hearth.partnership.Area;
import org.hearth.partnership.AreaId;
import org.hearth.partnership.DuplicateNameException;
import org.hearth.partnership.Partnership;
import org.hearth.partnership.Partnerships;
import org.hearth.partnership.Sector;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JdbcPartnerships implements Partnerships {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    JdbcPartnerships(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Partnership> current() {
        return jdbc.sql("SELECT id, name, population FROM partnership")
                .query((rs, n) -> new Partnership(rs.getObject("id", UUID.class), rs.getString("name"),
                        (Integer) rs.getObject("population")))
                .optional();
    }

    @Override
    public Partnership establish(String name, Integer population) {
        if (current().isPresent()) {
            throw new IllegalStateException("The partnership is already set up");
        }
        Partnership partnership = new Partnership(UUID.randomUUID(), name.trim(), population);
        jdbc.sql("INSERT INTO partnership (id, name, population) VALUES (?, ?, ?)")
                .params(partnership.id(), partnership.name(), population).update();
        audit.record(AuditAction.CREATE, "partnership", partnership.id());
        return partnership;
    }

    @Override
    public Partnership updatePartnership(String name, Integer population) {
        UUID id = partnershipId();
        jdbc.sql("UPDATE partnership SET name = ?, population = ? WHERE id = ?").params(name.trim(), population, id)
                .update();
        audit.record(AuditAction.UPDATE, "partnership", id);
        return current().orElseThrow();
    }

    @Override
    public Area updateArea(AreaId id, String name, Integer population) {
        write(AuditAction.UPDATE, "area", id, jdbc.sql("UPDATE area SET name = ?, population = ? WHERE id = ?")
                .params(name.trim(), population, id.value()));
        return area(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Area> area(AreaId id) {
        return areas().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    @Override
    public Area addArea(String name, Integer population) {
        Area area = new Area(AreaId.random(), name.trim(), population);
        write(AuditAction.CREATE, "area", area.id(),
                jdbc.sql("INSERT INTO area (id, partnership_id, name, population) VALUES (?, ?, ?, ?)")
                        .params(area.id().value(), partnershipId(), area.name(), population));
        return area;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Area> areas() {
        return jdbc.sql("SELECT id, name, population FROM area ORDER BY name")
                .query((rs, n) -> new Area(new AreaId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        (Integer) rs.getObject("population")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Agency> agencies() {
        return jdbc.sql("SELECT * FROM agency ORDER BY lower(name)").query(JdbcPartnerships::agency).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Agency> agency(AgencyId id) {
        return jdbc.sql("SELECT * FROM agency WHERE id = ?").param(id.value()).query(JdbcPartnerships::agency)
                .optional();
    }

    @Override
    public Agency createAgency(AgencyDetails details) {
        AgencyId id = AgencyId.random();
        write(AuditAction.CREATE, "agency", id, jdbc.sql("""
                INSERT INTO agency (id, partnership_id, name, sector, statutory, area_id, active)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), partnershipId(), details.name().trim(), details.sector().name(),
                        details.statutory(), details.area() == null ? null : details.area().value(),
                        details.active()));
        return agency(id).orElseThrow();
    }

    @Override
    public Agency updateAgency(AgencyId id, AgencyDetails details) {
        write(AuditAction.UPDATE, "agency", id, jdbc.sql("""
                UPDATE agency SET name = ?, sector = ?, statutory = ?, area_id = ?, active = ?, updated_at = now()
                WHERE id = ?""")
                .params(details.name().trim(), details.sector().name(), details.statutory(),
                        details.area() == null ? null : details.area().value(), details.active(), id.value()));
        return agency(id).orElseThrow();
    }

    /**
     * Writes one area or agency ({@code type}) and audits it: a name another one has is refused, and an update of
     * one that is not there (no row written) is not found.
     */
    private void write(AuditAction action, String type, Object id, JdbcClient.StatementSpec statement) {
        int written;
        try {
            written = statement.update();
        } catch (DuplicateKeyException e) {
            throw new DuplicateNameException(type);
        }
        if (written == 0) {
            throw new NoSuchElementException("No such " + type);
        }
        audit.record(action, type, id);
    }

    private UUID partnershipId() {
        return current().orElseThrow(() -> new IllegalStateException("The partnership is not set up")).id();
    }

    private static Agency agency(ResultSet rs, int n) throws SQLException {
        UUID area = rs.getObject("area_id", UUID.class);
        return new Agency(new AgencyId(rs.getObject("id", UUID.class)), rs.getString("name"),
                Sector.valueOf(rs.getString("sector")), rs.getBoolean("statutory"),
                area == null ? null : new AreaId(area), rs.getBoolean("active"));
    }
}
