package org.graphinfomax.infomax.io;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.annotations.SerializedName;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;

/**
 * Model settings records as JSON objects, one property per record component, named as the
 * component (or as its {@link SerializedName}), enums by name. This is the {@code config} part of
 * a model file and of a CLI run summary.
 *
 * <p>Reading goes through the record's canonical constructor, so a configuration read from a file
 * is validated exactly as one built in code. A missing property is an error naming it, unless the
 * caller lists it as optional (a setting added after files were first written), in which case it
 * takes its type's default value (0, false).
 */
public final class RecordJson {

    private static final Gson GSON = new Gson();

    private RecordJson() {
    }

    /** The record as a JSON object. */
    public static JsonObject toJson(Record settings) {
        return GSON.toJsonTree(settings).getAsJsonObject();
    }

    /**
     * Reads a record written by {@link #toJson}.
     *
     * @param json the object
     * @param type the record type
     * @param optional properties that may be absent (they then take their type's default value)
     * @throws IllegalArgumentException naming a missing property, a value of the wrong type, or
     *     the setting the record's constructor rejects
     */
    public static <R extends Record> R fromJson(JsonObject json, Class<R> type, String... optional) {
        Set<String> mayBeAbsent = Set.of(optional);
        for (RecordComponent component : type.getRecordComponents()) {
            String name = propertyName(type, component);
            if (!json.has(name) && !mayBeAbsent.contains(name)) {
                throw new IllegalArgumentException(type.getSimpleName() + " lacks \"" + name + "\"");
            }
            if (json.has(name) && component.getType().isEnum()) {
                requireConstant(type, name, json, component.getType());
            }
        }
        try {
            return GSON.fromJson(json, type);
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(type.getSimpleName() + ": " + unreadable(json, type) + e.getMessage(), e);
        } catch (RuntimeException e) {
            // Gson wraps what the canonical constructor throws
            if (e.getCause() instanceof IllegalArgumentException rejected) {
                throw rejected;
            }
            throw e;
        }
    }

    /** Gson reads an unknown enum name as null; this names the property and the allowed values instead. */
    private static void requireConstant(Class<?> type, String name, JsonObject json, Class<?> enumType) {
        String value = json.get(name).isJsonPrimitive() ? json.get(name).getAsString() : null;
        for (Object constant : enumType.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(value)) {
                return;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + ": \"" + name + "\" is " + json.get(name)
                + ", not one of " + Arrays.toString(enumType.getEnumConstants()));
    }

    /** Which property cannot be read as its component's type, as a message prefix ("" if none found). */
    private static String unreadable(JsonObject json, Class<?> type) {
        for (RecordComponent component : type.getRecordComponents()) {
            String name = propertyName(type, component);
            if (json.has(name)) {
                try {
                    GSON.fromJson(json.get(name), component.getGenericType());
                } catch (JsonParseException e) {
                    return "\"" + name + "\" is " + json.get(name) + ": ";
                }
            }
        }
        return "";
    }

    private static String propertyName(Class<?> type, RecordComponent component) {
        try {
            SerializedName renamed = type.getDeclaredField(component.getName()).getAnnotation(SerializedName.class);
            return renamed == null ? component.getName() : renamed.value();
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("record " + type.getName() + " has no field for component "
                    + component.getName(), e);
        }
    }
}
