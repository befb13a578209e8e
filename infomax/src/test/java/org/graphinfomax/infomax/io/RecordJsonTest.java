package org.graphinfomax.infomax.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.annotations.SerializedName;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class RecordJsonTest {

    /** A settings record with every kind of component the model configurations use. */
    record Settings(int size, int[] widths, double rate, long seed, String name, DataType dataType,
            @SerializedName("flag") boolean enabled) {
        Settings {
            if (size < 1) {
                throw new IllegalArgumentException("size must be positive, got " + size);
            }
        }
    }

    private static final Settings SAMPLE = new Settings(3, new int[] {4, 5}, 0.01, 1L << 40, "JSD", DataType.DOUBLE,
            true);

    @Test
    void writesOnePropertyPerComponentUnderItsSerialisedName() {
        assertEquals(JsonParser.parseString("{\"size\":3,\"widths\":[4,5],\"rate\":0.01,\"seed\":1099511627776,"
                + "\"name\":\"JSD\",\"dataType\":\"DOUBLE\",\"flag\":true}"), RecordJson.toJson(SAMPLE));
    }

    @Test
    void readsBackWhatItWrote() {
        Settings read = RecordJson.fromJson(RecordJson.toJson(SAMPLE), Settings.class);
        assertEquals(SAMPLE.size(), read.size());
        assertArrayEquals(SAMPLE.widths(), read.widths());
        assertEquals(SAMPLE.rate(), read.rate());
        assertEquals(SAMPLE.seed(), read.seed());
        assertEquals(SAMPLE.name(), read.name());
        assertEquals(SAMPLE.dataType(), read.dataType());
        assertTrue(read.enabled());
    }

    @Test
    void aMissingPropertyIsNamedUnlessOptional() {
        JsonObject json = RecordJson.toJson(SAMPLE);
        json.remove("flag");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordJson.fromJson(json, Settings.class));
        assertEquals("Settings lacks \"flag\"", e.getMessage());
        assertFalse(RecordJson.fromJson(json, Settings.class, "flag").enabled());
    }

    @Test
    void theConstructorsValidationMessageComesThrough() {
        JsonObject json = RecordJson.toJson(SAMPLE);
        json.addProperty("size", 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordJson.fromJson(json, Settings.class));
        assertEquals("size must be positive, got 0", e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeIsNamed() {
        JsonObject json = RecordJson.toJson(SAMPLE);
        json.addProperty("size", "three");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordJson.fromJson(json, Settings.class));
        assertTrue(e.getMessage().contains("size"), e.getMessage());
    }

    @Test
    void anUnknownEnumNameIsNamedWithTheAllowedValues() {
        JsonObject json = RecordJson.toJson(SAMPLE);
        json.addProperty("dataType", "QUAD");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RecordJson.fromJson(json, Settings.class));
        assertTrue(e.getMessage().startsWith("Settings: \"dataType\" is \"QUAD\", not one of [DOUBLE, FLOAT"),
                e.getMessage());
    }
}
