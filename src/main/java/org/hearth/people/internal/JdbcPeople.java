package org.hearth.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hearth.access.Actor;
import org.hearth.access.Role;
import org.hearth.access.StaffPrincipal;
import org.hearth.audit.AuditAction;
import org.hearth.audit.AuditTrail;
import org.hearth.people.AccessGround;
import org.hearth.people.AccessScope;
import org.hearth.people.Address;
import org.hearth.people.Disability;
import org.hearth.people.Ethnicity;
import org.hearth.people.GlassBreak;
import org.hearth.people.People;
import org.hearth.people.PersonDetails;
import org.hearth.people.PersonFlag;
import org.hearth.people.PersonFlagSource;
import org.hearth.people.PersonId;
import org.hearth.people.PersonRecord;
import org.hearth.people.Relationship;
import org.hearth.people.RelationshipKind;
import org.hearth.people.SafeContact;
import org.hearth.people.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People in PostgreSQL, with need-to-know applied to every read. */
@Service
@Transactional
class JdbcPeople implements People {

    /** How long a break-glass opening lasts. */
    static final Duration BREAK_GLASS = Duration.ofHours(8);

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final List<PersonFlagSource> flagSources;
    /** Told of every write to what it indexes (name, date of birth, sex, aliases, address); see {@link EngineMatcher#changed}. */
    private final EngineMatcher index;
    private final JdbcPersonAccess access;
    private final org.springframework.context.ApplicationEventPublisher events;

    JdbcPeople(JdbcClient jdbc, AuditTrail audit, List<PersonFlagSource> flagSources, EngineMatcher index,
            JdbcPersonAccess access, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.jdbc = jdbc;
        this.audit = audit;
        this.flagSources = flagSources;
        this.index = index;
        this.access = access;
    }

    @Override
    public PersonId create(PersonDetails d, List<String> aliases, AccessGround ground, Address address) {
        Actor me = me();
        if (ground == AccessGround.HUB) {
            throw new IllegalArgumentException("The hub ground is held through the role, never granted");
        }
        PersonId id = PersonId.random();
        UUID grant = UUID.randomUUID();
        // one statement: the person, the acting agency's grant and the first address (a new person has no current
        // address for it to close); the grant's and the address's foreign keys are checked at its end
        boolean withAddress = address != null;
        Address a = address;
        jdbc.sql("""
                WITH p AS (
                    INSERT INTO person (id, given_name, family_name, date_of_birth, estimated_age, sex, gender_identity,
                        ethnicity, first_language, interpreter_needed, disability, sexual_orientation, religion,
                        created_by, sexual_orientation_code, gender_identity_code)
                    VALUES (:id, :given, :family, :dob, :age, :sex, :gender, :ethnicity, :language, :interpreter,
                        :disability, :orientation, :religion, :by, :orientationCode, :genderCode)
                    RETURNING id),
                g AS (
                    INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, user_id, expires_at,
                        approved_by, basis_kind, basis_id)
                    SELECT :grant, p.id, CAST(:ground AS text), 'RECORD', CAST(:agency AS uuid), CAST(NULL AS uuid),
                        CAST(NULL AS timestamptz), CAST(:by AS uuid), 'person', CAST(:basis AS text) FROM p)
                INSERT INTO person_address (id, person_id, line1, line2, town, postcode, from_date, to_date,
                    confidential, in_refuge, refuge_service)
                SELECT CAST(:address AS uuid), p.id, CAST(:line1 AS text), CAST(:line2 AS text), CAST(:town AS text),
                    CAST(:postcode AS text), CAST(:from AS date), CAST(:to AS date), CAST(:confidential AS boolean),
                    CAST(:refuge AS boolean), CAST(:service AS text)
                FROM p WHERE CAST(:withAddress AS boolean)""")
                .param("id", id.value()).param("given", d.givenName().trim()).param("family", d.familyName().trim())
                .param("dob", d.dateOfBirth() == null ? null : Date.valueOf(d.dateOfBirth()))
                .param("age", d.estimatedAge()).param("sex", d.sex().name())
                .param("gender", blankToNull(d.genderIdentity()))
                .param("ethnicity", d.ethnicity() == null ? null : d.ethnicity().name())
                .param("language", blankToNull(d.firstLanguage())).param("interpreter", d.interpreterNeeded())
                .param("disability", d.disability().name()).param("orientation", blankToNull(d.sexualOrientation()))
                .param("religion", blankToNull(d.religion())).param("by", me.actorId())
                .param("orientationCode", d.sexualOrientationCode().name())
                .param("genderCode", d.genderIdentityCode().name())
                .param("grant", grant).param("ground", ground.name()).param("agency", me.agency().value())
                .param("basis", id.toString())
                .param("withAddress", withAddress).param("address", UUID.randomUUID())
                .param("line1", withAddress && !a.inRefuge() ? blankToNull(a.line1()) : null)
                .param("line2", withAddress && !a.inRefuge() ? blankToNull(a.line2()) : null)
                .param("town", withAddress && !a.inRefuge() ? blankToNull(a.town()) : null)
                .param("postcode", withAddress && !a.inRefuge() ? normalisePostcode(a.postcode()) : null)
                .param("from", withAddress && a.from() != null ? Date.valueOf(a.from()) : null)
                .param("to", withAddress && a.to() != null ? Date.valueOf(a.to()) : null)
                .param("confidential", withAddress && a.confidential())
                .param("refuge", withAddress && a.inRefuge())
                .param("service", withAddress && a.inRefuge() ? a.refugeService().trim() : null)
                .update();
        saveAliases(id, aliases);
        audit.record(AuditAction.CREATE, "person", id);
        audit.record(AuditAction.CREATE, "access-grant", List.of(grant.toString(), id.toString()),
                ground + " " + AccessScope.RECORD + " to agency " + me.agency().value());
        index.changed(id.value());
        index.created(id.value(), d, aliases, address);
        return id;
    }

    @Override
    public Optional<PersonRecord> record(PersonId id) {
        Optional<PersonDetails> details = details(id);
        if (details.isEmpty()) {
            return Optional.empty();
        }
        Actor me = me();
        JdbcPersonAccess.View view = access.view(id, me);
        // a disclosure team's grant shows only to the team: nobody else may learn that an application exists
        boolean team = me.hasRole(org.hearth.access.Role.DISCLOSURE_TEAM);
        // likewise a subject access request's grant: only information governance learns that one was made
        boolean governance = me.hasRole(org.hearth.access.Role.INFORMATION_GOVERNANCE);
        // a refuge provider's grant says where she is: its agency shows only to that agency's own staff
        List<Involved> involved = jdbc.sql("""
                SELECT DISTINCT a.name, a.statutory FROM person_access_grant g
                LEFT JOIN staff_user u ON u.id = g.user_id
                JOIN agency a ON a.id = coalesce(g.agency_id, u.agency_id)
                WHERE g.person_id = ? AND %s AND (g.ground <> 'DISCLOSURE' OR ?) AND (g.ground <> 'SUBJECT_ACCESS' OR ?)
                    AND (g.basis_kind IS DISTINCT FROM ? OR a.id = ?) ORDER BY a.name"""
                .formatted(JdbcPersonAccess.CURRENT))
                .params(id.value(), team, governance, org.hearth.people.GrantBasis.WHEREABOUTS,
                        me.agency() == null ? null : me.agency().value())
                .query((rs, n) -> new Involved(rs.getString(1), rs.getBoolean(2))).list();
        audit.record(AuditAction.READ, "person", List.of(id.toString()), view.full() ? null : "restricted view");
        if (!view.full()) {
            return Optional.of(stub(id, details.get(), involved));
        }
        List<PersonFlag> flags = flagSources.stream().flatMap(f -> f.flagsFor(id).stream()).toList();
        return Optional.of(full(id, details.get(), aliases(id), view, addresses(id), safeContact(id), relationshipsShown(id),
                involved, flags));
    }

    /** An agency holding a current grant on the person (directly, or through a member of its staff). */
    record Involved(String name, boolean statutory) {
    }

    /**
     * The locked-down stub, for a user with no ground and no break-glass opening: the name, the year of birth, the
     * statutory agencies by name and a specialist service only as such; no flags, no addresses, no safe contact.
     */
    static PersonRecord stub(PersonId id, PersonDetails d, List<Involved> involved) {
        return new PersonRecord(id, stubDetails(d), List.of(), false, false, false, false, SafeContact.notYetAsked(),
                List.of(), 0, List.of(), yearOfBirth(d),
                involved.stream().filter(Involved::statutory).map(Involved::name)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                involved.stream().anyMatch(i -> !i.statutory()), List.of());
    }

    /**
     * The full record as {@code view} allows it: confidential addresses only with a real ground (never a
     * break-glass reading), the safe phone and address only to the holder of a safe-contact grant.
     */
    static PersonRecord full(PersonId id, PersonDetails d, List<String> aliases, JdbcPersonAccess.View view,
            List<Address> all, SafeContact rules, List<Relationship> relationships, List<Involved> involved,
            List<PersonFlag> flags) {
        List<Address> shown = view.grounded() ? all : all.stream().filter(a -> !a.confidential()).toList();
        return new PersonRecord(id, d, aliases, true, view.grounded(), view.contact(),
                view.glass() && !view.grounded(), view.contact() ? rules : rules.withoutContactDetails(), shown,
                all.size() - shown.size(), relationships, yearOfBirth(d),
                involved.stream().map(Involved::name)
                        .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new)),
                involved.stream().anyMatch(i -> !i.statutory()), flags);
    }

    private static Integer yearOfBirth(PersonDetails d) {
        return d.dateOfBirth() == null ? null : d.dateOfBirth().getYear();
    }

    @Override
    public List<PersonId> createAll(List<NewPerson> people) {
        if (people.isEmpty()) {
            return List.of();
        }
        Actor me = me();
        int n = people.size();
        UUID[] ids = new UUID[n];
        UUID[] grants = new UUID[n];
        String[] grounds = new String[n];
        String[] given = new String[n];
        String[] family = new String[n];
        String[] dob = new String[n];
        String[] age = new String[n];
        String[] sex = new String[n];
        String[] gender = new String[n];
        String[] ethnicity = new String[n];
        String[] language = new String[n];
        String[] interpreter = new String[n];
        String[] disability = new String[n];
        String[] orientation = new String[n];
        String[] religion = new String[n];
        String[] orientationCode = new String[n];
        String[] genderCode = new String[n];
        List<UUID> addressIds = new java.util.ArrayList<>();
        List<UUID> addressPeople = new java.util.ArrayList<>();
        List<String[]> addresses = new java.util.ArrayList<>();
        // every value worked out (and every address checked) before anything is written
        for (int i = 0; i < n; i++) {
            NewPerson p = people.get(i);
            if (p.ground() == AccessGround.HUB) {
                throw new IllegalArgumentException("The hub ground is held through the role, never granted");
            }
            PersonDetails d = p.details();
            ids[i] = PersonId.random().value();
            grants[i] = UUID.randomUUID();
            grounds[i] = p.ground().name();
            given[i] = d.givenName().trim();
            family[i] = d.familyName().trim();
            dob[i] = d.dateOfBirth() == null ? null : d.dateOfBirth().toString();
            age[i] = d.estimatedAge() == null ? null : d.estimatedAge().toString();
            sex[i] = d.sex().name();
            gender[i] = blankToNull(d.genderIdentity());
            ethnicity[i] = d.ethnicity() == null ? null : d.ethnicity().name();
            language[i] = blankToNull(d.firstLanguage());
            interpreter[i] = String.valueOf(d.interpreterNeeded());
            disability[i] = d.disability().name();
            orientation[i] = blankToNull(d.sexualOrientation());
            religion[i] = blankToNull(d.religion());
            orientationCode[i] = d.sexualOrientationCode().name();
            genderCode[i] = d.genderIdentityCode().name();
            Address a = p.address();
            if (a != null) {
                addressIds.add(UUID.randomUUID());
                addressPeople.add(ids[i]);
                addresses.add(new String[] {
                    !a.inRefuge() ? blankToNull(a.line1()) : null,
                    !a.inRefuge() ? blankToNull(a.line2()) : null,
                    !a.inRefuge() ? blankToNull(a.town()) : null,
                    !a.inRefuge() ? normalisePostcode(a.postcode()) : null,
                    a.from() == null ? null : a.from().toString(),
                    a.to() == null ? null : a.to().toString(),
                    String.valueOf(a.confidential()),
                    String.valueOf(a.inRefuge()),
                    a.inRefuge() ? a.refugeService().trim() : null});
            }
        }
        // one statement: the people, the acting agency's grants and the first addresses (as create writes each);
        // the grants' and the addresses' foreign keys are checked at its end
        jdbc.sql("""
                WITH p AS (
                    INSERT INTO person (id, given_name, family_name, date_of_birth, estimated_age, sex, gender_identity,
                        ethnicity, first_language, interpreter_needed, disability, sexual_orientation, religion,
                        created_by, sexual_orientation_code, gender_identity_code)
                    SELECT t.id, t.given, t.family, CAST(t.dob AS date), CAST(t.age AS int), t.sex, t.gender,
                        t.ethnicity, t.language, CAST(t.interpreter AS boolean), t.disability, t.orientation, t.religion,
                        CAST(:by AS uuid), t.orientation_code, t.gender_code
                    FROM unnest(CAST(:ids AS uuid[]), CAST(:given AS text[]), CAST(:family AS text[]),
                        CAST(:dob AS text[]), CAST(:age AS text[]), CAST(:sex AS text[]), CAST(:gender AS text[]),
                        CAST(:ethnicity AS text[]), CAST(:language AS text[]), CAST(:interpreter AS text[]),
                        CAST(:disability AS text[]), CAST(:orientation AS text[]), CAST(:religion AS text[]),
                        CAST(:orientationCode AS text[]), CAST(:genderCode AS text[]))
                        AS t(id, given, family, dob, age, sex, gender, ethnicity, language, interpreter, disability,
                            orientation, religion, orientation_code, gender_code)
                    RETURNING id),
                g AS (
                    INSERT INTO person_access_grant (id, person_id, ground, scope, agency_id, user_id, expires_at,
                        approved_by, basis_kind, basis_id)
                    SELECT t.grant_id, t.person_id, t.ground, 'RECORD', CAST(:agency AS uuid), CAST(NULL AS uuid),
                        CAST(NULL AS timestamptz), CAST(:by AS uuid), 'person', CAST(t.person_id AS text)
                    FROM unnest(CAST(:grants AS uuid[]), CAST(:ids AS uuid[]), CAST(:grounds AS text[]))
                        AS t(grant_id, person_id, ground))
                INSERT INTO person_address (id, person_id, line1, line2, town, postcode, from_date, to_date,
                    confidential, in_refuge, refuge_service)
                SELECT t.id, t.person_id, t.line1, t.line2, t.town, t.postcode, CAST(t.from_date AS date),
                    CAST(t.to_date AS date), CAST(t.confidential AS boolean), CAST(t.in_refuge AS boolean), t.service
                FROM unnest(CAST(:addressIds AS uuid[]), CAST(:addressPeople AS uuid[]), CAST(:line1 AS text[]),
                    CAST(:line2 AS text[]), CAST(:town AS text[]), CAST(:postcode AS text[]), CAST(:from AS text[]),
                    CAST(:to AS text[]), CAST(:confidential AS text[]), CAST(:refuge AS text[]), CAST(:service AS text[]))
                    AS t(id, person_id, line1, line2, town, postcode, from_date, to_date, confidential, in_refuge,
                        service)""")
                .param("ids", ids).param("given", given).param("family", family).param("dob", dob).param("age", age)
                .param("sex", sex).param("gender", gender).param("ethnicity", ethnicity).param("language", language)
                .param("interpreter", interpreter).param("disability", disability).param("orientation", orientation)
                .param("religion", religion).param("orientationCode", orientationCode).param("genderCode", genderCode)
                .param("by", me.actorId()).param("agency", me.agency().value()).param("grants", grants)
                .param("grounds", grounds)
                .param("addressIds", addressIds.toArray(UUID[]::new))
                .param("addressPeople", addressPeople.toArray(UUID[]::new))
                .param("line1", column(addresses, 0)).param("line2", column(addresses, 1))
                .param("town", column(addresses, 2)).param("postcode", column(addresses, 3))
                .param("from", column(addresses, 4)).param("to", column(addresses, 5))
                .param("confidential", column(addresses, 6)).param("refuge", column(addresses, 7))
                .param("service", column(addresses, 8))
                .update();
        List<PersonId> made = new java.util.ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            NewPerson p = people.get(i);
            PersonId id = new PersonId(ids[i]);
            saveAliases(id, p.aliases());
            audit.record(AuditAction.CREATE, "person", id);
            audit.record(AuditAction.CREATE, "access-grant", List.of(grants[i].toString(), id.toString()),
                    p.ground() + " " + AccessScope.RECORD + " to agency " + me.agency().value());
            index.changed(id.value());
            index.created(id.value(), p.details(), p.aliases(), p.address());
            made.add(id);
        }
        return made;
    }

    private static String[] column(List<String[]> rows, int i) {
        return rows.stream().map(r -> r[i]).toArray(String[]::new);
    }

    @Override
    @Transactional
    public Optional<PersonDetails> detailsFor(PersonId id, String reader, String purpose) {
        Optional<PersonDetails> details = details(id);
        details.ifPresent(d -> audit.recordFor(reader, null, AuditAction.READ, "person", List.of(id.toString()),
                purpose));
        return details;
    }

    @Override
    @Transactional
    public java.util.Map<PersonId, PersonDetails> detailsForAll(java.util.Collection<PersonId> ids, String reader,
            String purpose) {
        UUID[] array = ids.stream().map(PersonId::value).distinct().toArray(UUID[]::new);
        java.util.Map<UUID, PersonDetails> found = new java.util.HashMap<>();
        if (array.length > 0) {
            jdbc.sql("SELECT * FROM person WHERE id = ANY(?)").param(array)
                    .query(rs -> {
                        found.put(rs.getObject("id", UUID.class), details(rs, 0));
                    });
        }
        java.util.Map<PersonId, PersonDetails> details = new java.util.LinkedHashMap<>();
        for (UUID id : array) {
            PersonDetails d = found.get(id);
            if (d != null) {
                details.put(new PersonId(id), d);
                audit.recordFor(reader, null, AuditAction.READ, "person", List.of(id.toString()), purpose);
            }
        }
        return details;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> name(PersonId id) {
        return jdbc.sql("SELECT given_name || ' ' || family_name FROM person WHERE id = ?").param(id.value())
                .query(String.class).optional();
    }

    @Override
    public void update(PersonId id, PersonDetails d, List<String> aliases) {
        requireGround(id);
        jdbc.sql("""
                UPDATE person SET given_name = :given, family_name = :family, date_of_birth = :dob, estimated_age = :age,
                    sex = :sex, gender_identity = :gender, ethnicity = :ethnicity, first_language = :language,
                    interpreter_needed = :interpreter, disability = :disability, sexual_orientation = :orientation,
                    religion = :religion, sexual_orientation_code = :orientationCode,
                    gender_identity_code = :genderCode, updated_at = now()
                WHERE id = :id""")
                .param("id", id.value()).param("given", d.givenName().trim()).param("family", d.familyName().trim())
                .param("dob", d.dateOfBirth() == null ? null : Date.valueOf(d.dateOfBirth()))
                .param("age", d.estimatedAge()).param("sex", d.sex().name())
                .param("gender", blankToNull(d.genderIdentity()))
                .param("ethnicity", d.ethnicity() == null ? null : d.ethnicity().name())
                .param("language", blankToNull(d.firstLanguage())).param("interpreter", d.interpreterNeeded())
                .param("disability", d.disability().name()).param("orientation", blankToNull(d.sexualOrientation()))
                .param("religion", blankToNull(d.religion()))
                .param("orientationCode", d.sexualOrientationCode().name())
                .param("genderCode", d.genderIdentityCode().name())
                .update();
        jdbc.sql("DELETE FROM person_alias WHERE person_id = ?").param(id.value()).update();
        saveAliases(id, aliases);
        audit.record(AuditAction.UPDATE, "person", List.of(id.toString()), "details");
        index.changed(id.value());
        events.publishEvent(new org.hearth.people.PersonDetailsChanged(id));
    }

    private void saveAliases(PersonId id, List<String> aliases) {
        for (String alias : aliases) {
            if (alias != null && !alias.isBlank()) {
                String[] parts = alias.trim().split("\\s+", 2);
                jdbc.sql("INSERT INTO person_alias (person_id, given_name, family_name) VALUES (?, ?, ?)")
                        .params(id.value(), parts.length == 2 ? parts[0] : null, parts[parts.length - 1]).update();
            }
        }
    }

    @Override
    public void addAddress(PersonId id, Address a) {
        requireGround(id);
        insertAddress(id, a);
        audit.record(AuditAction.UPDATE, "person", List.of(id.toString()), "address added");
        index.changed(id.value());
    }

    @Override
    public org.hearth.people.PersonCorrection correct(PersonId id, org.hearth.people.PersonCorrection.Field field,
            String newValue, String reason, String requestedBy) {
        requireGround(id);
        PersonDetails d = details(id).orElseThrow(() -> new java.util.NoSuchElementException("No such person"));
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        String value = blankToNull(newValue);
        if (field == null) {
            errors.put("field", "Choose the field to correct");
        }
        String old = field == null ? null : switch (field) {
            case GIVEN_NAME -> d.givenName();
            case FAMILY_NAME -> d.familyName();
            case DATE_OF_BIRTH -> d.dateOfBirth() == null ? null : d.dateOfBirth().toString();
        };
        if (value == null) {
            errors.put("newValue", "Enter the correct value");
        } else if (value.length() > 200) {
            errors.put("newValue", "The correct value must be 200 characters or fewer");
        } else if (field == org.hearth.people.PersonCorrection.Field.DATE_OF_BIRTH) {
            try {
                java.time.LocalDate born = java.time.LocalDate.parse(value);
                if (born.isAfter(java.time.LocalDate.now())) {
                    errors.put("newValue", "The date of birth must be in the past");
                }
            } catch (java.time.format.DateTimeParseException e) {
                errors.put("newValue", "Enter a real date of birth");
            }
        }
        if (value != null && field != null && value.equals(old)) {
            errors.put("newValue", "The correct value is the same as the one recorded");
        }
        if (blankToNull(reason) == null) {
            errors.put("reason", "Enter why the record is corrected");
        } else if (reason.length() > 2000) {
            errors.put("reason", "The reason must be 2000 characters or fewer");
        }
        if (blankToNull(requestedBy) == null) {
            errors.put("requestedBy", "Enter who asked for the correction");
        } else if (requestedBy.length() > 200) {
            errors.put("requestedBy", "Who asked must be 200 characters or fewer");
        }
        if (!errors.isEmpty()) {
            throw new org.hearth.platform.InvalidInputException(errors);
        }
        switch (field) {
            case GIVEN_NAME -> jdbc.sql("UPDATE person SET given_name = ?, updated_at = now() WHERE id = ?")
                    .params(value, id.value()).update();
            case FAMILY_NAME -> jdbc.sql("UPDATE person SET family_name = ?, updated_at = now() WHERE id = ?")
                    .params(value, id.value()).update();
            case DATE_OF_BIRTH -> jdbc.sql(
                    "UPDATE person SET date_of_birth = ?, estimated_age = NULL, updated_at = now() WHERE id = ?")
                    .params(Date.valueOf(java.time.LocalDate.parse(value)), id.value()).update();
        }
        Actor me = me();
        UUID cid = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO person_correction (id, person_id, field, old_value, new_value, reason, requested_by,
                    recorded_by, recorded_by_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(cid, id.value(), field.name(), old, value, reason.strip(), requestedBy.strip(), me.actorId(),
                        me.displayName()).update();
        audit.record(AuditAction.UPDATE, "person", List.of(id.toString()), "correction " + cid);
        index.changed(id.value());
        events.publishEvent(new org.hearth.people.PersonDetailsChanged(id));
        return corrections(id).stream().filter(c -> c.id().equals(cid)).findFirst().orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<org.hearth.people.PersonCorrection> corrections(PersonId id) {
        if (!access.view(id, me()).full()) {
            throw new AccessDeniedException("No ground to read this person's record");
        }
        return jdbc.sql("""
                SELECT id, field, old_value, new_value, reason, requested_by, recorded_by_name, recorded_at
                FROM person_correction WHERE person_id = ? ORDER BY recorded_at, id""").param(id.value())
                .query((rs, n) -> new org.hearth.people.PersonCorrection(rs.getObject(1, UUID.class),
                        org.hearth.people.PersonCorrection.Field.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant())).list();
    }

    static final String REFUGE_STAY_ACTOR = "People (a move into or out of refuge recorded by housing)";

    /**
     * Writes a stay in refuge heard from another module into the address history: one entry per stay, "In refuge,
     * via" the service, confidential (agencies with a ground only), no address; the move in ends the current address,
     * the move out ends the stay. Heard without a signed-in user (the move recorded there is the ground); idempotent:
     * a redelivered event updates the same entry, and never reopens a stay already ended.
     */
    void recordRefugeStay(org.hearth.people.RefugeStayRecorded e) {
        if (details(e.person()).isEmpty()) {
            return;
        }
        String service = e.service().strip();
        int updated = jdbc.sql("""
                UPDATE person_address SET from_date = ?, to_date = coalesce(?, to_date), refuge_service = ?
                WHERE refuge_stay_id = ?""")
                .params(Date.valueOf(e.movedInOn()), e.movedOutOn() == null ? null : Date.valueOf(e.movedOutOn()),
                        service, e.stay())
                .update();
        if (updated == 0) {
            insertAddress(e.person(), new Address(null, null, null, null, null, e.movedInOn(), e.movedOutOn(), true,
                    true, service), e.stay());
        }
        audit.recordFor(REFUGE_STAY_ACTOR, null, AuditAction.UPDATE, "person", List.of(e.person().toString()),
                e.movedOutOn() == null ? "in refuge: address history" : "moved out of refuge: address history");
        index.changed(e.person().value());
    }

    private void insertAddress(PersonId id, Address a) {
        insertAddress(id, a, null);
    }

    private void insertAddress(PersonId id, Address a, UUID refugeStay) {
        if (a.from() != null && a.to() == null) {
            // a new current address closes the previous current one
            jdbc.sql("UPDATE person_address SET to_date = ? WHERE person_id = ? AND to_date IS NULL AND (from_date IS NULL OR from_date <= ?)")
                    .params(Date.valueOf(a.from()), id.value(), Date.valueOf(a.from())).update();
        }
        jdbc.sql("""
                INSERT INTO person_address (id, person_id, line1, line2, town, postcode, from_date, to_date,
                    confidential, in_refuge, refuge_service, refuge_stay_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), id.value(), a.inRefuge() ? null : blankToNull(a.line1()),
                        a.inRefuge() ? null : blankToNull(a.line2()), a.inRefuge() ? null : blankToNull(a.town()),
                        a.inRefuge() ? null : normalisePostcode(a.postcode()),
                        a.from() == null ? null : Date.valueOf(a.from()), a.to() == null ? null : Date.valueOf(a.to()),
                        a.confidential(), a.inRefuge(), a.inRefuge() ? a.refugeService().trim() : null, refugeStay)
                .update();
    }

    @Override
    public void setSafeContact(PersonId id, SafeContact r) {
        requireGround(id);
        if ((blankToNull(r.safePhone()) != null || blankToNull(r.safeAddress()) != null)
                && !access.view(id, me()).contact()) {
            throw new AccessDeniedException("Only an allocated worker records a safe number or address");
        }
        jdbc.sql("""
                INSERT INTO safe_contact (person_id, call_ok, voicemail_ok, text_ok, post_ok, email_ok, safe_times,
                    safe_phone, safe_address, notes, updated_at, updated_by)
                VALUES (:id, :call, :vm, :text, :post, :email, :times, :phone, :address, :notes, now(), :by)
                ON CONFLICT (person_id) DO UPDATE SET call_ok = :call, voicemail_ok = :vm, text_ok = :text,
                    post_ok = :post, email_ok = :email, safe_times = :times,
                    safe_phone = coalesce(:phone, safe_contact.safe_phone),
                    safe_address = coalesce(:address, safe_contact.safe_address),
                    notes = :notes, updated_at = now(), updated_by = :by""")
                .param("id", id.value()).param("call", r.callOk()).param("vm", r.voicemailOk())
                .param("text", r.textOk()).param("post", r.postOk()).param("email", r.emailOk())
                .param("times", blankToNull(r.safeTimes())).param("phone", blankToNull(r.safePhone()))
                .param("address", blankToNull(r.safeAddress())).param("notes", blankToNull(r.notes()))
                .param("by", me().actorId())
                .update();
        audit.record(AuditAction.UPDATE, "person", List.of(id.toString()), "safe contact rules");
    }

    @Override
    public void relate(PersonId from, PersonId to, RelationshipKind kind) {
        jdbc.sql("INSERT INTO person_relationship (person_id, related_id, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(from.value(), to.value(), kind.name()).update();
        audit.record(AuditAction.UPDATE, "person", List.of(from.toString(), to.toString()), "relationship " + kind);
    }

    @Override
    public void relateAll(PersonId from, List<java.util.Map.Entry<PersonId, RelationshipKind>> to) {
        if (to.isEmpty()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO person_relationship (person_id, related_id, kind)
                SELECT ?, t.related, t.kind FROM unnest(CAST(? AS uuid[]), CAST(? AS text[])) AS t(related, kind)
                ON CONFLICT DO NOTHING""")
                .params(from.value(), to.stream().map(e -> e.getKey().value()).toArray(UUID[]::new),
                        to.stream().map(e -> e.getValue().name()).toArray(String[]::new))
                .update();
        to.forEach(e -> audit.record(AuditAction.UPDATE, "person",
                List.of(from.toString(), e.getKey().toString()), "relationship " + e.getValue()));
    }

    @Override
    public void breakGlass(PersonId id, String reason) {
        // counted in characters as PostgreSQL counts them (code points), so the table's check never refuses it later
        if (reason == null || reason.strip().codePoints().count() < 10) {
            throw new IllegalArgumentException("Give a reason of at least 10 characters");
        }
        StaffPrincipal me = staff();
        jdbc.sql("INSERT INTO break_glass (person_id, user_id, reason, expires_at) VALUES (?, ?, ?, now() + make_interval(secs => ?))")
                .params(id.value(), me.id().value(), reason.trim(), BREAK_GLASS.toSeconds()).update();
        audit.record(AuditAction.BREAK_GLASS, "person", List.of(id.toString()), reason.trim());
    }

    @Override
    public List<GlassBreak> glassBreaks(boolean unreviewedOnly) {
        audit.record(AuditAction.SEARCH, "break-glass", List.of(), unreviewedOnly ? "unreviewed" : "all");
        return jdbc.sql("""
                SELECT b.id, b.person_id, p.given_name || ' ' || p.family_name AS person_name, u.display_name AS user_name,
                       a.name AS agency_name, b.reason, b.opened_at, b.expires_at, r.display_name AS reviewer, b.reviewed_at
                FROM break_glass b
                JOIN person p ON p.id = b.person_id
                JOIN staff_user u ON u.id = b.user_id
                JOIN agency a ON a.id = u.agency_id
                LEFT JOIN staff_user r ON r.id = b.reviewed_by
                WHERE (NOT :unreviewed OR b.reviewed_at IS NULL)
                ORDER BY b.opened_at DESC LIMIT 500""")
                .param("unreviewed", unreviewedOnly)
                .query((rs, n) -> new GlassBreak(rs.getLong("id"), new PersonId(rs.getObject("person_id", UUID.class)),
                        rs.getString("person_name"), rs.getString("user_name"), rs.getString("agency_name"),
                        rs.getString("reason"), rs.getTimestamp("opened_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(), rs.getString("reviewer"),
                        rs.getTimestamp("reviewed_at") == null ? null : rs.getTimestamp("reviewed_at").toInstant()))
                .list();
    }

    @Override
    public void reviewGlassBreak(long id) {
        int n = jdbc.sql("UPDATE break_glass SET reviewed_at = now(), reviewed_by = ? WHERE id = ? AND reviewed_at IS NULL")
                .params(staff().id().value(), id).update();
        if (n == 1) {
            audit.record(AuditAction.UPDATE, "break-glass", List.of(String.valueOf(id)), "reviewed");
        }
    }

    /** Writing needs a real ground: a grant or the hub role, never a break-glass reading. */
    private void requireGround(PersonId id) {
        if (!access.view(id, me()).grounded()) {
            throw new AccessDeniedException("No ground to change this person's record");
        }
    }

    private Optional<PersonDetails> details(PersonId id) {
        return jdbc.sql("SELECT * FROM person WHERE id = ?").param(id.value()).query(JdbcPeople::details).optional();
    }

    static PersonDetails details(ResultSet rs, int n) throws SQLException {
        Date dob = rs.getDate("date_of_birth");
        String ethnicity = rs.getString("ethnicity");
        return new PersonDetails(rs.getString("given_name"), rs.getString("family_name"),
                dob == null ? null : dob.toLocalDate(), (Integer) rs.getObject("estimated_age"),
                Sex.valueOf(rs.getString("sex")), rs.getString("gender_identity"),
                ethnicity == null ? null : Ethnicity.valueOf(ethnicity), rs.getString("first_language"),
                rs.getBoolean("interpreter_needed"), Disability.valueOf(rs.getString("disability")),
                rs.getString("sexual_orientation"), rs.getString("religion"),
                org.hearth.people.SexualOrientation.valueOf(rs.getString("sexual_orientation_code")),
                org.hearth.people.GenderIdentity.valueOf(rs.getString("gender_identity_code")));
    }

    /** The locked-down stub's details: the name only (the year of birth travels separately). */
    private static PersonDetails stubDetails(PersonDetails d) {
        return new PersonDetails(d.givenName(), d.familyName(), null, null, null, null, null, null, false, null, null,
                null);
    }

    private List<String> aliases(PersonId id) {
        return jdbc.sql("SELECT trim(coalesce(given_name, '') || ' ' || coalesce(family_name, '')) FROM person_alias WHERE person_id = ? ORDER BY id")
                .param(id.value()).query(String.class).list();
    }

    private List<Address> addresses(PersonId id) {
        return jdbc.sql("SELECT * FROM person_address WHERE person_id = ? ORDER BY coalesce(to_date, 'infinity') DESC, from_date DESC NULLS LAST, created_at DESC")
                .param(id.value())
                .query((rs, n) -> new Address(rs.getObject("id", UUID.class), rs.getString("line1"), rs.getString("line2"),
                        rs.getString("town"), rs.getString("postcode"), localDate(rs.getDate("from_date")),
                        localDate(rs.getDate("to_date")), rs.getBoolean("confidential"), rs.getBoolean("in_refuge"),
                        rs.getString("refuge_service")))
                .list();
    }

    private SafeContact safeContact(PersonId id) {
        return jdbc.sql("SELECT * FROM safe_contact WHERE person_id = ?").param(id.value())
                .query((rs, n) -> new SafeContact((Boolean) rs.getObject("call_ok"), (Boolean) rs.getObject("voicemail_ok"),
                        (Boolean) rs.getObject("text_ok"), (Boolean) rs.getObject("post_ok"),
                        (Boolean) rs.getObject("email_ok"), rs.getString("safe_times"), rs.getString("safe_phone"),
                        rs.getString("safe_address"), rs.getString("notes")))
                .optional().orElse(SafeContact.notYetAsked());
    }

    private List<Relationship> relationships(PersonId id) {
        return jdbc.sql("""
                SELECT r.related_id AS other, p.given_name || ' ' || p.family_name AS name, r.kind, false AS reversed
                FROM person_relationship r JOIN person p ON p.id = r.related_id WHERE r.person_id = :id
                UNION ALL
                SELECT r.person_id, p.given_name || ' ' || p.family_name, r.kind, true
                FROM person_relationship r JOIN person p ON p.id = r.person_id WHERE r.related_id = :id""")
                .param("id", id.value())
                .query((rs, n) -> new Relationship(new PersonId(rs.getObject("other", UUID.class)),
                        rs.getString("name"), RelationshipKind.valueOf(rs.getString("kind")), rs.getBoolean("reversed"),
                        true))
                .list();
    }

    /**
     * The person's relationships. One recorded from the other person's side (as a referral records the person
     * harmed's partner, ex-partner and children) names that other person only to those who may view their record:
     * an agency involved with a man only (a perpetrator programme) does not learn his partner's name from his record.
     * The other way, a worker on her record reads the name of the man she named, which her safety work needs.
     */
    private List<Relationship> relationshipsShown(PersonId id) {
        List<Relationship> all = relationships(id);
        java.util.Set<PersonId> viewable = access.viewableAmong(all.stream().filter(Relationship::reversed)
                .map(Relationship::other).toList());
        return all.stream().map(r -> !r.reversed() || viewable.contains(r.other()) ? r : r.withheld()).toList();
    }

    /** The signed-in member of staff or API client acting. */
    private static Actor me() {
        return Actor.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }

    /** For what only a person can do (be allocated, break the glass). */
    private static StaffPrincipal staff() {
        if (me() instanceof StaffPrincipal p) {
            return p;
        }
        throw new AccessDeniedException("Only staff can do this");
    }

    private static LocalDate localDate(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    static String normalisePostcode(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return null;
        }
        String compact = postcode.toUpperCase().replaceAll("\\s+", "");
        return compact.length() > 3 ? compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3)
                : compact;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
