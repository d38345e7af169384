package dev.esi4j.simulator.internal.esi;

import java.util.SplittableRandom;

/** Realistic id ranges by property name (CCP's id-ranges guide); large item ids exceed 32 bits. */
final class IdRanges {

    private IdRanges() {
    }

    /** @return an id for the property, or {@code null} when the name does not look like an id */
    static Long id(String property, SplittableRandom r) {
        if (property == null) {
            return null;
        }
        String p = property;
        if (p.endsWith("character_id") || p.equals("issuer_id") || p.endsWith("creator_id")
                || p.equals("sender_id") || p.equals("recipient_id")) {
            return between(r, 90_000_000L, 98_000_000L);
        }
        if (p.endsWith("corporation_id")) {
            return between(r, 98_000_000L, 99_000_000L);
        }
        if (p.endsWith("alliance_id")) {
            return between(r, 99_000_000L, 100_000_000L);
        }
        return place(p, r);
    }

    private static Long place(String p, SplittableRandom r) {
        if (p.endsWith("region_id")) {
            return between(r, 10_000_001L, 10_000_070L);
        }
        if (p.endsWith("constellation_id")) {
            return between(r, 20_000_001L, 20_001_100L);
        }
        if (p.endsWith("system_id")) {
            return between(r, 30_000_001L, 30_005_000L);
        }
        if (p.endsWith("station_id")) {
            return between(r, 60_000_000L, 61_000_000L);
        }
        if (p.endsWith("type_id")) {
            return between(r, 1L, 60_000L);
        }
        if (p.endsWith("faction_id")) {
            return between(r, 500_001L, 500_025L);
        }
        return large(p, r);
    }

    private static Long large(String p, SplittableRandom r) {
        if (p.endsWith("location_id") || p.endsWith("structure_id") || p.endsWith("item_id")
                || p.endsWith("order_id") || p.endsWith("transaction_id") || p.endsWith("contract_id")
                || p.endsWith("ref_id") || p.endsWith("job_id") || p.endsWith("killmail_id")) {
            return between(r, 1_000_000_000_000L, 1_100_000_000_000L);
        }
        if (p.endsWith("_id") || p.equals("id")) {
            return between(r, 1L, Integer.MAX_VALUE);
        }
        return null;
    }

    private static long between(SplittableRandom r, long fromInclusive, long toExclusive) {
        return r.nextLong(fromInclusive, toExclusive);
    }
}
