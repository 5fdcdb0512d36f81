package fr.chorusdesk.chorus.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Writes a Paris wall-clock {@link LocalDateTime} the way the platform writes its event times:
 * ISO date-time with milliseconds and the Paris offset of that moment, e.g.
 * {@code 2018-02-16T15:10:25.536+01:00} (consulterCRDetaille's {@code dateDepotFlux}, the search's
 * {@code dateHeureEtatCourant}). Reading needs nothing special: {@link LenientDates} takes it.
 */
public final class ParisOffsetDateTimeSerializer extends StdSerializer<LocalDateTime> {

    private static final long serialVersionUID = 1L;

    /** The platform's shape: always three fraction digits, offset as {@code +01:00}. */
    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    public ParisOffsetDateTimeSerializer() {
        super(LocalDateTime.class);
    }

    @Override
    public void serialize(LocalDateTime value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(FORMAT.format(value.atZone(LenientDates.CHORUS_ZONE)));
    }
}
