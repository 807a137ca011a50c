package de.willkommenvorort.offer;

import de.willkommenvorort.security.AppRoles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published offers as work for translators: which lack a language or have it outdated, their
 * German source, and the approved translation written in. A translation never touches the German
 * nor the language the provider wrote in; each names the German it was made from (a hash), and
 * is refused once the German has changed since. Who may approve is the translation feature's
 * decision (staff, or a translator trusted with the language).
 */
@Service
@Transactional
@Secured({"ROLE_" + AppRoles.TRANSLATOR, "ROLE_" + AppRoles.MODERATOR, "ROLE_" + AppRoles.ADMIN})
public class OfferTranslations {

    private static final String GERMAN = TextChoice.GERMAN;

    private final OfferRepository offers;
    private final ReviewStates states;

    OfferTranslations(OfferRepository offers, ReviewStates states) {
        this.offers = offers;
        this.states = states;
    }

    /** A published offer's German, as a translator starts from it. */
    public record Source(long offerId, String originalLanguage, Instant publishedAt, String title, String summary,
                         String description, String whatToBring, String hash) {
    }

    /** A published offer that lacks a current text in a language: it has none, or an outdated one. */
    public record Wanted(Source source, boolean outdated) {
    }

    /** The German was changed after the translation was made from it. */
    public static class SourceChanged extends RuntimeException {
        SourceChanged(long offerId) {
            super("The German text of offer " + offerId + " has changed");
        }
    }

    /**
     * Published offers whose text in {@code language} is missing or outdated (not the ones written
     * in it), oldest published first. The database picks them and reads only their German: most
     * offers have most languages, and a language that has few wants almost all of them.
     */
    @Transactional(readOnly = true)
    public List<Wanted> wanted(String language) {
        return offers.wantingTranslation(language, GERMAN).stream()
                .map(o -> new Wanted(source(o), o.getStatus() == TextStatus.OUTDATED)).toList();
    }

    /** The German sources of those of these offers that are published (in no particular order). */
    @Transactional(readOnly = true)
    public List<Source> sources(Collection<Long> offerIds) {
        if (offerIds.isEmpty()) {
            return List.of();
        }
        return offers.publishedGerman(offerIds, GERMAN).stream().map(OfferTranslations::source).toList();
    }

    /** Those of these offers that are published with a German source. */
    @Transactional(readOnly = true)
    public Set<Long> published(Collection<Long> offerIds) {
        return offerIds.isEmpty() ? Set.of() : Set.copyOf(offers.publishedWithGerman(offerIds, GERMAN));
    }

    /** Those of these offers whose text in {@code language} is outdated. */
    @Transactional(readOnly = true)
    public Set<Long> outdated(Collection<Long> offerIds, String language) {
        return offerIds.isEmpty() ? Set.of() : Set.copyOf(offers.outdatedIn(offerIds, language));
    }

    /** A published offer's German source. */
    @Transactional(readOnly = true)
    public Optional<Source> source(long offerId) {
        return offers.findByIdAndReviewState(offerId, ReviewState.PUBLISHED)
                .filter(o -> o.getTexts().containsKey(GERMAN)).map(OfferTranslations::source);
    }

    /** The offer's current text in a language, if it has one. */
    @Transactional(readOnly = true)
    public Optional<OfferText> current(long offerId, String language) {
        return offers.findById(offerId).map(o -> o.getTexts().get(language));
    }

    /**
     * Writes an approved translation into the published offer (and into a revision the provider
     * has open, where that revision did not change the words of that language), current from now.
     *
     * @throws SourceChanged if the German is no longer the one the translation was made from
     */
    public void apply(long offerId, String language, OfferText words, String germanHash) {
        if (GERMAN.equals(language)) {
            throw new IllegalArgumentException("German is the source, not a translation");
        }
        Offer offer = offers.lockById(offerId).filter(o -> o.getReviewState() == ReviewState.PUBLISHED)
                .orElseThrow(() -> new SourceChanged(offerId));
        if (!hash(offer).equals(germanHash) || language.equals(offer.getOriginalLanguage())) {
            throw new SourceChanged(offerId);
        }
        OfferText old = offer.getTexts().get(language);
        OfferText text = words.copy();
        offer.translate(language, text);
        offers.findByRevisionOf(offerId).ifPresent(revision -> {
            OfferText inRevision = revision.getTexts().get(language);
            if (inRevision == null || old != null && inRevision.sameWords(old)) {
                OfferText copy = text.copy();
                if (!hash(revision).equals(germanHash)) {
                    copy.markOutdated();
                }
                revision.translate(language, copy);
            }
        });
        states.record(offerId, "TRANSLATION_APPROVED", language, old == null ? null : old.auditLines(language, null),
                text.auditLines(language, null));
        offers.flush();
    }

    private static Source source(Offer offer) {
        OfferText german = offer.getTexts().get(GERMAN);
        return new Source(offer.getId(), offer.getOriginalLanguage(), offer.getPublishedAt(), german.getTitle(),
                german.getSummary(), german.getDescription(), german.getWhatToBring(), hash(offer));
    }

    private static Source source(OfferRepository.GermanWords german) {
        OfferText words = new OfferText(german.getTitle(), german.getSummary(), german.getDescription(),
                german.getWhatToBring());
        return new Source(german.getId(), german.getOriginalLanguage(), german.getPublishedAt(), words.getTitle(),
                words.getSummary(), words.getDescription(), words.getWhatToBring(), hash(words));
    }

    /** A fingerprint of the offer's German words. */
    static String hash(Offer offer) {
        OfferText german = offer.getTexts().get(GERMAN);
        return german == null ? digest("") : hash(german);
    }

    /** "What to bring" counts only where there is one: the fingerprints of offers without it stay as they were. */
    private static String hash(OfferText german) {
        String bring = german.getWhatToBring().isEmpty() ? "" : "\n" + german.getWhatToBring();
        return digest(german.getTitle() + "\n" + german.getSummary() + "\n" + german.getDescription() + bring);
    }

    private static String digest(String words) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(words.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
