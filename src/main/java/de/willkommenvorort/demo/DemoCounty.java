package de.willkommenvorort.demo;

import de.willkommenvorort.account.AccountService;
import de.willkommenvorort.account.StaffAccounts;
import de.willkommenvorort.category.CategoryRef;
import de.willkommenvorort.category.CategoryService;
import de.willkommenvorort.county.LanguageAdmin;
import de.willkommenvorort.i18n.Language;
import de.willkommenvorort.municipality.MunicipalityRef;
import de.willkommenvorort.municipality.MunicipalityService;
import de.willkommenvorort.offer.Cost;
import de.willkommenvorort.offer.CourseLevel;
import de.willkommenvorort.offer.EventDate;
import de.willkommenvorort.offer.EventRule;
import de.willkommenvorort.offer.Offer;
import de.willkommenvorort.offer.OfferText;
import de.willkommenvorort.offer.RejectionReason;
import de.willkommenvorort.offer.ReviewState;
import de.willkommenvorort.offer.ReviewWorkflow;
import de.willkommenvorort.offer.TargetGroup;
import de.willkommenvorort.offer.WeeklySlot;
import de.willkommenvorort.provider.ProviderKind;
import de.willkommenvorort.provider.ProviderService;
import de.willkommenvorort.security.AppRoles;
import de.willkommenvorort.security.SystemActor;
import de.willkommenvorort.translation.TranslationQueue;
import de.willkommenvorort.translation.Translators;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Component
@Profile("demo")
class DemoCounty implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

    private final MunicipalityService municipalities;
    private final ProviderService providers;
    private final CategoryService categories;
    private final ReviewWorkflow review;
    private final TransactionTemplate transaction;
    private final AccountService accounts;
    private final StaffAccounts staff;
    private final Clock clock;
    private final DemoInfoPages infoPages;
    private final LanguageAdmin languages;
    private final Translators translators;
    private final TranslationQueue translationQueue;
    private final JsonMapper json = JsonMapper.builder().build();

    DemoCounty(MunicipalityService municipalities, ProviderService providers, CategoryService categories,
               ReviewWorkflow review, TransactionTemplate transaction, AccountService accounts, StaffAccounts staff,
               Clock clock, DemoInfoPages infoPages, LanguageAdmin languages, Translators translators,
               TranslationQueue translationQueue) {
        this.infoPages = infoPages;
        this.translators = translators;
        this.translationQueue = translationQueue;
        this.languages = languages;
        this.accounts = accounts;
        this.staff = staff;
        this.municipalities = municipalities;
        this.providers = providers;
        this.categories = categories;
        this.review = review;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!municipalities.all().isEmpty()) {
            return;
        }
        // The demo county goes through the same services as real data, with staff rights.
        SystemActor.run(() -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        long started = System.nanoTime();
        CountyFile county = read("classpath:demo/county.json", CountyFile.class).getFirst();
        Map<String, MunicipalityRef> places = new HashMap<>();
        for (PlaceRow m : county.municipalities()) {
            places.put(m.name(), municipalities.add(m.name(), m.postalCode(), m.latitude(), m.longitude()));
        }
        Map<String, Long> owners = new HashMap<>();
        for (ProviderRow p : county.providers()) {
            long id = providers.register(p.name(), p.kind());
            if (Boolean.TRUE.equals(p.trusted())) {
                providers.trust(id, true);
            }
            owners.put(p.key(), id);
        }
        for (AccountRow a : county.accounts()) {
            accounts.createVerified(a.email(), a.name(), AppRoles.PROVIDER, require(owners, a.provider(), "provider"),
                    a.password(), a.language());
        }
        for (StaffRow s : county.staff()) {
            staff.createWithSecondFactor(s.email(), s.name(), s.role(), s.password(), s.language(), s.totpSecret());
        }
        Map<String, CategoryRef> byCode = categories.all().stream()
                .collect(Collectors.toMap(CategoryRef::code, Function.identity()));
        int count = 0;
        // Event dates are relative to the day the demo county is first loaded, so it always has some.
        LocalDate today = LocalDate.now(clock);
        for (OffersFile file : read("classpath:demo/offers-*.json", OffersFile.class)) {
            for (OfferRow row : file.offers()) {
                Offer offer = toOffer(row, byCode, owners, places);
                if (row.event() != null) {
                    schedule(offer, row.event(), today, places);
                }
                long id = review.saveDraft(offer);
                moveTo(id, row.state(), row.rejectionReason());
                if (row.confirmedMonthsAgo() != null) {
                    // So that staff find offers nobody confirmed for long in the demo county too.
                    offer.setConfirmedOn(today.minusMonths(row.confirmedMonthsAgo()));
                }
                count++;
            }
        }
        int pages = infoPages.load();
        // The demo county shows every language the app speaks; a real county chooses at /staff/languages.
        languages.serve(new TreeSet<>(Language.all()));
        for (TranslatorRow t : county.translators()) {
            translators.createVerified(t.email(), t.name(), t.password(), t.language(), t.translates(), t.trusted());
        }
        for (RequestRow r : county.translationRequests()) {
            Language language = Language.get(r.language());
            translationQueue.request(language, translationQueue.queue(language).stream().limit(r.texts())
                    .map(item -> item.source().ref()).toList(), r.note());
        }
        log.info("Demo county loaded: {} municipalities, {} providers, {} offers, {} info pages in {} ms",
                places.size(), owners.size(), count, pages, (System.nanoTime() - started) / 1_000_000);
    }

    private void moveTo(long id, ReviewState state, String reason) {
        switch (state) {
            case DRAFT -> { }
            case SUBMITTED -> review.submit(id);
            case PUBLISHED -> {
                review.submit(id);
                review.publish(id);
            }
            case REJECTED -> {
                review.submit(id);
                review.reject(id, RejectionReason.INCOMPLETE, reason);
            }
            default -> throw new IllegalArgumentException("Demo offers are not loaded as " + state);
        }
    }

    private static Offer toOffer(OfferRow row, Map<String, CategoryRef> categories, Map<String, Long> owners,
                                 Map<String, MunicipalityRef> places) {
        CategoryRef category = require(categories, row.category(), "category");
        Offer offer = new Offer(category.id(), require(owners, row.provider(), "provider"), row.originalLanguage(),
                row.cost());
        if (row.online()) {
            offer.placeOnline();
        } else {
            MunicipalityRef place = require(places, row.municipality(), "municipality");
            offer.placeAt(place.id(), row.street(), row.postalCode(), place.name(), row.latitude(), row.longitude());
        }
        offer.setContact(row.phone(), row.email(), row.website());
        offer.setConditions(row.registrationRequired(), row.childcare(), row.wheelchairAccessible(),
                row.appointmentOnly());
        offer.setCourse(row.courseLevel(), row.nextStart());
        offer.setValidUntil(row.validUntil());
        row.texts().forEach((language, t) -> offer.putText(language, new OfferText(t.title(), t.summary(),
                t.description(), t.whatToBring())));
        offer.getSpokenLanguages().addAll(row.languages());
        offer.getTargetGroups().addAll(row.targetGroups());
        for (HoursRow h : row.hours()) {
            offer.getWeeklySlots().add(new WeeklySlot(DayOfWeek.of(h.day()), LocalTime.parse(h.start()),
                    LocalTime.parse(h.end())));
        }
        return offer;
    }

    private static void schedule(Offer offer, EventRow event, LocalDate today, Map<String, MunicipalityRef> places) {
        boolean allDay = Boolean.TRUE.equals(event.allDay());
        LocalTime start = allDay ? EventRule.ALL_DAY_START : event.start() == null ? null : LocalTime.parse(event.start());
        Optional<LocalTime> end = Optional.ofNullable(event.end()).map(LocalTime::parse);
        LocalDate from = event.fromInDays() == null ? null : today.plusDays(event.fromInDays());
        Optional<LocalDate> until = Optional.ofNullable(event.untilInDays()).map(today::plusDays);
        EventRule rule = switch (event.kind()) {
            case SINGLE -> new EventRule.Single(from, start, end, allDay);
            case WEEKLY -> new EventRule.Weekly(DayOfWeek.of(event.weekday()), from, until, start, end, allDay);
            case MONTHLY -> event.week() != null
                    ? new EventRule.MonthlyOnWeekday(event.week(), DayOfWeek.of(event.weekday()), from, until, start, end,
                            allDay)
                    : new EventRule.MonthlyOnDay(event.dayOfMonth(), from, until, start, end, allDay);
            case LIST -> new EventRule.DateList(event.dates().stream()
                    .map(d -> new EventRule.Occurrence(today.plusDays(d.inDays()), LocalTime.parse(d.start()),
                            Optional.ofNullable(d.end()).map(LocalTime::parse)))
                    .toList());
        };
        offer.scheduleBy(rule, today);
        for (EventDateRow d : event.dates() == null ? List.<EventDateRow>of() : event.dates()) {
            if (d.municipality() != null) {
                offer.placeDateAt(today.plusDays(d.inDays()), LocalTime.parse(d.start()),
                        require(places, d.municipality(), "municipality").id(), d.street(), d.placeName());
            }
        }
        // "cancel" names dates by their position in the schedule: the third Wednesday is cancelled.
        List<EventDate> dates = offer.getEventDates();
        for (int index : event.cancel() == null ? List.<Integer>of() : event.cancel()) {
            offer.cancelDate(dates.get(index).date(), dates.get(index).start());
        }
    }

    private static <T> T require(Map<String, T> map, String key, String what) {
        T value = map.get(key);
        if (value == null) {
            throw new IllegalStateException("Demo data names an unknown " + what + ": " + key);
        }
        return value;
    }

    private <T> List<T> read(String pattern, Class<T> type) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
            java.util.Arrays.sort(resources, java.util.Comparator.comparing(Resource::getFilename));
            List<T> result = new java.util.ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    result.add(json.readValue(in, type));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record CountyFile(String county, List<PlaceRow> municipalities, List<ProviderRow> providers,
                      List<AccountRow> accounts, List<StaffRow> staff, List<TranslatorRow> translators,
                      List<RequestRow> translationRequests) {
    }

    /** A demo volunteer translator, listed in the README: the languages they translate, and those staff trust them with. */
    record TranslatorRow(String email, String name, String language, String password, Set<String> translates,
                         Set<String> trusted) {
    }

    /** Staff asking a language's translators for its oldest wanted texts. */
    record RequestRow(String language, int texts, String note) {
    }

    /** A demo staff account; its second-factor secret is published in the README, like its password. */
    record StaffRow(String email, String name, String role, String language, String password, String totpSecret) {
    }

    /** A demo sign-in for a provider, listed in the README so that anyone can try the provider's side. */
    record AccountRow(String email, String name, String provider, String language, String password) {
    }

    record PlaceRow(String name, String postalCode, BigDecimal latitude, BigDecimal longitude) {
    }

    /** @param trusted whether staff trust the provider (its offers go public at once, checked afterwards) */
    record ProviderRow(String key, String name, ProviderKind kind, Boolean trusted) {
    }

    record OffersFile(List<OfferRow> offers) {
    }

    /** {@code whatToBring} may be left out (null). */
    record TextRow(String title, String summary, String description, String whatToBring) {
    }

    record HoursRow(int day, String start, String end) {
    }

    record EventDateRow(int inDays, String start, String end, String municipality, String street,
                        String placeName) {
    }

    /** An event's schedule relative to the loading day; times in Europe/Berlin, or {@code allDay} without times. */
    record EventRow(EventRule.Kind kind, Integer weekday, Integer week, Integer dayOfMonth, Integer fromInDays,
                    Integer untilInDays, String start, String end, Boolean allDay, List<EventDateRow> dates,
                    List<Integer> cancel) {
    }

    record OfferRow(String category, String provider, String municipality, boolean online, String street,
                    String postalCode, BigDecimal latitude, BigDecimal longitude, String phone, String email,
                    String website, Cost cost, boolean registrationRequired, boolean childcare,
                    boolean wheelchairAccessible, boolean appointmentOnly, CourseLevel courseLevel,
                    LocalDate nextStart, LocalDate validUntil, String originalLanguage, ReviewState state,
                    String rejectionReason, List<String> languages, List<TargetGroup> targetGroups,
                    List<HoursRow> hours, Map<String, TextRow> texts, EventRow event, Integer confirmedMonthsAgo) {
    }
}
