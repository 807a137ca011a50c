package de.willkommenvorort.calendarimport;

import com.ibm.icu.util.TimeZone;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterFactory;
import net.fortuna.ical4j.model.parameter.TzId;

/**
 * Time zone names as calendars write them: IANA names ("Europe/Berlin") and the Windows names
 * Outlook and Exchange use ("W. Europe Standard Time"). ical4j 4.2 knows about two thirds of the
 * Windows names; for the rest ("Arabic Standard Time", "Belarus Standard Time") a date cannot even
 * be read back as text. So this is also the TZID parameter factory of our parser: it hands ical4j
 * the IANA name that ICU4J's Windows mapping gives, before ical4j looks the zone up.
 */
final class ZoneNames implements ParameterFactory<TzId> {

    /** Where a Windows zone spans several IANA zones, the German one is meant. */
    private static final String REGION = "DE";

    /** The zone a name stands for, IANA or Windows; empty if neither Java nor ICU4J knows it. */
    static Optional<ZoneId> zone(String name) {
        String stripped = name.strip();
        String iana = isJavaZone(stripped) ? stripped : TimeZone.getIDForWindowsID(stripped, REGION);
        return iana != null && isJavaZone(iana) ? Optional.of(ZoneId.of(iana)) : Optional.empty();
    }

    @Override
    public boolean supports(String name) {
        return Parameter.TZID.equalsIgnoreCase(name);
    }

    /**
     * Names that are neither IANA nor Windows stay as they are: they are meant to be defined by a
     * VTIMEZONE in the file (Outlook's "Customized Time Zone"), which ical4j reads.
     */
    @Override
    public TzId createParameter(String value) {
        return new TzId(zone(value).map(ZoneId::getId).orElse(value));
    }

    private static boolean isJavaZone(String name) {
        try {
            ZoneId.of(name);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
