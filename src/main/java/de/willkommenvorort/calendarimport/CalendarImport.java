package de.willkommenvorort.calendarimport;

import de.willkommenvorort.calendarimport.CalendarSources.Source;
import de.willkommenvorort.calendarimport.EventMapping.Mapped;
import de.willkommenvorort.calendarimport.EventMapping.NotImported;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.account.CurrentAccount;
import de.willkommenvorort.offer.ImportedOffers;
import de.willkommenvorort.offer.ImportedOffers.ImportedOffer;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.security.SystemActor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.javacrumbs.shedlock.core.LockAssert;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports a calendar into the county's events: each event (by its UID) becomes an offer of the
 * source's provider, placed by the rules ({@link EventMapping}); a re-import changes that offer
 * instead of adding another, leaves an unchanged one alone, and cancels the coming dates of an
 * event that is gone from the source (nothing is deleted). New events and changes wait for review
 * unless the source is trusted ({@link ImportedOffers}). Each event is its own transaction, so one
 * that fails does not cost the others. Sources with a URL are read every night.
 */
@Service
public class CalendarImport {

    private static final Logger log = LoggerFactory.getLogger(CalendarImport.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * What one import did: offers created, changed (at once or waiting for review), left as they
     * were, and whose dates were cancelled because the source dropped them; and the events not
     * imported, each with its title and why. {@code failure}: the calendar could not be read at all.
     */
    public record Report(int created, int changed, int unchanged, int cancelled, List<Skip> skipped, String failure) {

        public record Skip(String title, Why why) {
        }

        /**
         * Why an event was not imported: over, cancelled before it was ever imported, no coming
         * date, or it could not be saved (the log says why; the other events are imported). ALL_DAY
         * is no longer given (all-day events are imported since decision 043); it stays so that
         * reports stored before, as JSON in calendar_source.last_report, can still be read.
         */
        public enum Why { ALL_DAY, OVER, CANCELLED, NO_DATES, FAILED }

        static Report failed(String failure) {
            return new Report(0, 0, 0, 0, List.of(), failure);
        }

        public static Report of(String json) {
            return JSON.readValue(json, Report.class);
        }

        String json() {
            return JSON.writeValueAsString(this);
        }
    }

    private final CalendarSources sources;
    private final CalendarRules rules;
    private final CalendarFetch fetch;
    private final ImportedOffers offers;
    private final MunicipalityService municipalities;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ProviderService providers;

    CalendarImport(CalendarSources sources, CalendarRules rules, CalendarFetch fetch, ImportedOffers offers,
                   MunicipalityService municipalities, ProviderService providers, JdbcClient jdbc,
                   TransactionTemplate transaction, Clock clock) {
        this.sources = sources;
        this.providers = providers;
        this.rules = rules;
        this.fetch = fetch;
        this.offers = offers;
        this.municipalities = municipalities;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** An uploaded file, read now. A provider imports only into its own source, and only while staff trust it. */
    @Secured({"ROLE_" + AppRoles.ADMIN, "ROLE_" + AppRoles.PROVIDER})
    public Report importFile(long sourceId, InputStream file) {
        return importFile(sourceId, file, LocalDate.now(clock));
    }

    /** As of another day than today: for the tests, whose calendars have fixed dates. */
    Report importFile(long sourceId, InputStream file, LocalDate today) {
        mayImport(sourceId);
        Source source = sources.find(sourceId).orElseThrow();
        try {
            return run(source, CalendarReader.read(file), today);
        } catch (CalendarUnreadable e) {
            return failed(source, "not-a-calendar");
        }
    }

    /** The source's URL, read now. A provider reads only its own source, and only while staff trust it. */
    @Secured({"ROLE_" + AppRoles.ADMIN, "ROLE_" + AppRoles.PROVIDER})
    public Report importNow(long sourceId) {
        mayImport(sourceId);
        Source source = sources.find(sourceId).orElseThrow();
        if (source.url().isEmpty()) {
            throw new IllegalStateException("The source has no address to read: " + sourceId);
        }
        try (InputStream calendar = fetch.open(source.url().get())) {
            return run(source, CalendarReader.read(calendar), LocalDate.now(clock));
        } catch (CalendarFetch.Unreachable e) {
            log.warn("Calendar {} ({}) not read: {}", source.id(), source.url().get(), e.getMessage());
            return failed(source, e.reason());
        } catch (CalendarUnreadable e) {
            return failed(source, "not-a-calendar");
        } catch (IOException e) {
            return failed(source, "unreachable");
        }
    }

    /** Every night, on one instance: every source with an address. */
    @Scheduled(cron = "${wvo.calendar-import.cron:0 40 3 * * *}", zone = "Europe/Berlin")
    @SchedulerLock(name = "calendar-import", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void nightly() {
        LockAssert.assertLocked();
        SystemActor.run(() -> {
            for (Source source : sources.all()) {
                if (source.url().isPresent()) {
                    Report report = importNow(source.id());
                    log.info("Calendar {} imported: {}", source.id(), report.json());
                }
            }
        });
    }

    /** Staff import any source; a provider its own, while staff trust it (the nightly job reads them all). */
    private void mayImport(long sourceId) {
        Source source = sources.byId(sourceId)
                .orElseThrow(() -> new AccessDeniedException("No such calendar for this account"));
        if (CurrentAccount.actingProvider().isPresent() && !providers.trusted(source.providerId())) {
            throw new AccessDeniedException("Only a provider staff trust imports its own calendar");
        }
    }

    private Report failed(Source source, String reason) {
        Report report = Report.failed(reason);
        sources.imported(source.id(), report.json());
        return report;
    }

    private Report run(Source source, List<ImportedEvent> events, LocalDate today) {
        List<MunicipalityRef> places = municipalities.all();
        List<EventMapping.Rule> placing = rules.forMapping();
        boolean atOnce = sources.publishesAtOnce(source);
        EventMapping.Defaults defaults = new EventMapping.Defaults(source.providerId(), source.categoryId(),
                source.municipalityId(), source.cost());
        Map<String, Item> items = new HashMap<>();
        jdbc.sql("SELECT uid, offer_id, fingerprint, removed FROM calendar_import_item WHERE source_id = ?")
                .param(source.id()).query((row, n) -> new Item(row.getString("uid"), row.getLong("offer_id"),
                        row.getString("fingerprint"), row.getBoolean("removed")))
                .list().forEach(item -> items.put(item.uid(), item));
        int created = 0;
        int changed = 0;
        int unchanged = 0;
        int cancelled = 0;
        List<Report.Skip> skipped = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ImportedEvent event : events) {
            seen.add(event.uid());
            Item item = items.get(event.uid());
            EventMapping.Result result = EventMapping.map(event, defaults, placing, places, today);
            if (result instanceof NotImported(Report.Why why)) {
                if (item != null && !item.removed() && why == Report.Why.CANCELLED) {
                    remove(source, item, today);
                    cancelled++;
                } else if (item == null) {
                    skipped.add(new Report.Skip(event.title(), why));
                } else {
                    unchanged++;
                }
                continue;
            }
            ImportedOffer offer = ((Mapped) result).offer();
            String fingerprint = fingerprint(event, offer);
            try {
                if (item == null) {
                    transaction.executeWithoutResult(status -> {
                        long id = offers.create(offer, atOnce, today);
                        jdbc.sql("""
                                        INSERT INTO calendar_import_item (source_id, uid, offer_id, fingerprint)
                                        VALUES (?, ?, ?, ?)""")
                                .params(source.id(), event.uid(), id, fingerprint).update();
                    });
                    created++;
                } else if (item.fingerprint().equals(fingerprint) && !item.removed()) {
                    // Unchanged; a series kept as its coming dates still gains the days that came within reach.
                    transaction.executeWithoutResult(status -> offers.extendSeries(item.offerId(), offer, today));
                    unchanged++;
                } else {
                    transaction.executeWithoutResult(status -> {
                        offers.update(item.offerId(), offer, atOnce, today);
                        jdbc.sql("""
                                        UPDATE calendar_import_item SET fingerprint = ?, removed = FALSE
                                        WHERE source_id = ? AND uid = ?""")
                                .params(fingerprint, source.id(), item.uid()).update();
                    });
                    changed++;
                }
            } catch (DataAccessException | IllegalArgumentException | IllegalStateException e) {
                // This event's transaction is rolled back; the others go on, and the report names it.
                log.warn("Calendar {}: event {} not imported", source.id(), event.uid(), e);
                skipped.add(new Report.Skip(event.title(), Report.Why.FAILED));
            }
        }
        for (Item item : items.values()) {
            if (!seen.contains(item.uid()) && !item.removed()) {
                remove(source, item, today);
                cancelled++;
            }
        }
        Report report = new Report(created, changed, unchanged, cancelled, List.copyOf(skipped), null);
        sources.imported(source.id(), report.json());
        return report;
    }

    /** Gone from the source, or cancelled there: its coming dates are cancelled here. */
    private void remove(Source source, Item item, LocalDate today) {
        transaction.executeWithoutResult(status -> {
            offers.cancelUpcoming(item.offerId(), today);
            jdbc.sql("UPDATE calendar_import_item SET removed = TRUE WHERE source_id = ? AND uid = ?")
                    .params(source.id(), item.uid()).update();
        });
    }

    private record Item(String uid, long offerId, String fingerprint, boolean removed) {
    }

    /**
     * The event as the source wrote it and where the rules placed it: not the offer made of it,
     * whose list of coming dates changes every day by itself.
     */
    private static String fingerprint(ImportedEvent event, ImportedOffer offer) {
        String made = event + "|" + offer.providerId() + "|" + offer.categoryId() + "|" + offer.municipalityId() + "|"
                + offer.cost();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(made.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
