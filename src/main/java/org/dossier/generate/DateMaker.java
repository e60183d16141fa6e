package org.dossier.generate;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.dossier.model.PartialDate;

/** Dates spread over twenty years, mostly to the day, some only to the month or the year. */
final class DateMaker {

    private static final LocalDate FIRST = LocalDate.of(2005, 1, 1);
    private static final int DAYS = 20 * 365;

    private final SplittableRandom random;

    DateMaker(SplittableRandom random) {
        this.random = random;
    }

    PartialDate next() {
        LocalDate d = FIRST.plusDays(random.nextInt(DAYS));
        int precision = random.nextInt(100);
        if (precision < 4) {
            return PartialDate.parse(String.format("%04d", d.getYear()));
        }
        if (precision < 10) {
            return PartialDate.parse(String.format("%04d-%02d", d.getYear(), d.getMonthValue()));
        }
        return PartialDate.parse(d.toString());
    }

    /** A publication date, or null for the few articles that give none. */
    PartialDate publication() {
        return random.nextInt(100) < 7 ? null : next();
    }
}
