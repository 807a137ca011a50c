package de.willkommenvorort.municipality;

import de.willkommenvorort.audit.AuditLog;
import de.willkommenvorort.security.Actor;
import de.willkommenvorort.security.AppRoles;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators add, rename and delete the county's municipalities. A municipality that offers,
 * event dates, providers or "found nothing" counts still name is kept: the database refuses, and
 * the administrator is told why. Every change is one audit entry with before and after.
 */
@Service
@Secured("ROLE_" + AppRoles.ADMIN)
@Transactional
public class MunicipalityAdmin {

    static final String SUBJECT = "municipality";
    private static final String POSTAL_CODE = "[0-9]{5}";
    private static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    private static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);

    private final MunicipalityRepository municipalities;
    private final AuditLog audit;

    MunicipalityAdmin(MunicipalityRepository municipalities, AuditLog audit) {
        this.municipalities = municipalities;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<MunicipalityRow> list() {
        return municipalities.findAllByOrderByNameAsc().stream().map(Municipality::toRow).toList();
    }

    public MunicipalityRow add(MunicipalityInput input) {
        Checked checked = check(input, null);
        Municipality municipality = municipalities.saveAndFlush(
                new Municipality(checked.name(), checked.postalCode(), checked.latitude(), checked.longitude()));
        audit.record(Actor.current(), "MUNICIPALITY_ADDED", SUBJECT, municipality.getId(), checked.name(), null,
                describe(municipality.toRow()));
        return municipality.toRow();
    }

    /** Renames, corrects the postal code or places a municipality; offers keep pointing to it. */
    public MunicipalityRow update(long id, MunicipalityInput input) {
        Municipality municipality = municipalities.findById(id).orElseThrow();
        Checked checked = check(input, id);
        String before = describe(municipality.toRow());
        municipality.change(checked.name(), checked.postalCode(), checked.latitude(), checked.longitude());
        municipalities.flush();
        audit.record(Actor.current(), "MUNICIPALITY_CHANGED", SUBJECT, id, checked.name(), before,
                describe(municipality.toRow()));
        return municipality.toRow();
    }

    /** Deletes a municipality nothing names; refused with a reason if anything still does. */
    public void delete(long id) {
        Municipality municipality = municipalities.findById(id).orElseThrow();
        String before = describe(municipality.toRow());
        try {
            municipalities.delete(municipality);
            municipalities.flush();
        } catch (DataIntegrityViolationException inUse) {
            throw new MunicipalityRefused(Map.of("delete", "catalogue.municipality.in-use"));
        }
        audit.record(Actor.current(), "MUNICIPALITY_DELETED", SUBJECT, id, municipality.getName(), before, null);
    }

    private record Checked(String name, String postalCode, BigDecimal latitude, BigDecimal longitude) {
    }

    private Checked check(MunicipalityInput input, Long self) {
        Map<String, String> problems = new LinkedHashMap<>();
        String name = input.name() == null ? "" : input.name().strip();
        if (name.isEmpty()) {
            problems.put("name", "catalogue.municipality.name.required");
        } else if (name.length() > Municipality.NAME_MAX) {
            problems.put("name", "catalogue.municipality.name.too-long");
        } else if (municipalities.findByName(name).filter(m -> !Objects.equals(m.getId(), self)).isPresent()) {
            problems.put("name", "catalogue.municipality.name.taken");
        }
        String postalCode = input.postalCode() == null ? "" : input.postalCode().strip();
        if (!postalCode.matches(POSTAL_CODE)) {
            problems.put("postalCode", "catalogue.municipality.postal-code.invalid");
        }
        BigDecimal latitude = coordinate(input.latitude(), MAX_LATITUDE, "latitude", problems);
        BigDecimal longitude = coordinate(input.longitude(), MAX_LONGITUDE, "longitude", problems);
        if ((latitude == null) != (longitude == null) && !problems.containsKey("latitude")
                && !problems.containsKey("longitude")) {
            problems.put(latitude == null ? "latitude" : "longitude", "catalogue.municipality.position.both");
        }
        if (!problems.isEmpty()) {
            throw new MunicipalityRefused(problems);
        }
        return new Checked(name, postalCode, latitude, longitude);
    }

    /** A coordinate typed with a point or a comma, within ±max, six decimals; empty for none. */
    private static BigDecimal coordinate(String typed, BigDecimal max, String field, Map<String, String> problems) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(typed.strip().replace(',', '.'));
            if (value.abs().compareTo(max) <= 0 && value.scale() <= 6) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.put(field, "catalogue.municipality." + field + ".invalid");
        return null;
    }

    static String describe(MunicipalityRow row) {
        return "name: " + row.name() + "\npostal code: " + row.postalCode()
                + (row.latitude() == null ? "" : "\nposition: " + row.latitude().toPlainString() + ", "
                + row.longitude().toPlainString());
    }
}
