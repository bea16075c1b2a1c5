package org.dcgraph.extract;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.PersianCalendar;
import java.time.LocalDate;

/**
 * A date printed in the Solar Hijri calendar, as Iranian journals print their dates, and the role it has
 * in the life of an article (received, revised, accepted, published).
 *
 * @param role    what happened on that date
 * @param printed the date as the text gives it, day/month/year ("26/6/1403")
 */
public record SolarHijriDate(Role role, String printed, int year, int month, int day) {
    /** What happened to the article on the date. */
    public enum Role { RECEIVED, REVISED, ACCEPTED, PUBLISHED }

    /** Julian day number of 1970-01-01, the epoch of {@link LocalDate#ofEpochDay}. */
    private static final long EPOCH_JULIAN_DAY = 2_440_588L;

    /**
     * The same day in the Gregorian calendar, by ICU's Persian calendar (the arithmetic Solar Hijri
     * calendar Iran uses for civil dates); read as a Julian day number so that no time zone enters.
     */
    public LocalDate gregorian() {
        PersianCalendar calendar = new PersianCalendar();
        calendar.clear();
        calendar.set(year, month - 1, day);
        return LocalDate.ofEpochDay(calendar.get(Calendar.JULIAN_DAY) - EPOCH_JULIAN_DAY);
    }
}
