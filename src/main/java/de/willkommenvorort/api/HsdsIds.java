package de.willkommenvorort.api;

import de.willkommenvorort.base.PublicAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * HSDS wants a UUID for every object; the app numbers its rows. A UUID here is version 8 (RFC
 * 9562, "custom"): its first 74 bits are a hash of the county's public address and the kind of
 * object, its last 48 bits the row's number. So it is the same in every export (a directory that
 * imports the county twice updates, not duplicates), differs between two counties, and leads back
 * to the row without a table of its own.
 */
@Component
class HsdsIds {

    private static final long NUMBER_BITS = 0xFFFF_FFFF_FFFFL;

    private final String county;

    @Autowired
    HsdsIds(PublicAddress address) {
        this(address.of(""));
    }

    /** For the county at this public address. */
    HsdsIds(String county) {
        this.county = county;
    }

    UUID of(String kind, long number) {
        if (number < 0 || number > NUMBER_BITS) {
            throw new IllegalArgumentException("Not a row number: " + number);
        }
        ByteBuffer hash = ByteBuffer.wrap(sha256(county + "\n" + kind));
        long most = (hash.getLong() & ~0xF000L) | 0x8000L;
        long least = 0x8000_0000_0000_0000L | ((hash.getLong() & 0x3FFFL) << 48) | number;
        return new UUID(most, least);
    }

    /** The row number in a UUID of this kind; empty for any other UUID or text. */
    Optional<Long> number(String kind, String uuid) {
        UUID parsed;
        try {
            parsed = UUID.fromString(uuid);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        long number = parsed.getLeastSignificantBits() & NUMBER_BITS;
        return of(kind, number).equals(parsed) ? Optional.of(number) : Optional.empty();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
