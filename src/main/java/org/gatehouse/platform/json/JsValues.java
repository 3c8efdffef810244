package org.gatehouse.platform.json;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * JavaScript's view of request values, which the contract's rules are written in: {@code String(x)}
 * and truthiness.
 */
public final class JsValues {

    private JsValues() {
    }

    /** {@code String(x)}: a missing value is {@code "undefined"}, JSON null is {@code "null"}. */
    public static String string(JsonValue value) {
        if (value == null) {
            return "undefined";
        }
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> number((JsonNumber) value);
            case TRUE -> "true";
            case FALSE -> "false";
            case NULL -> "null";
            case OBJECT -> "[object Object]";
            case ARRAY -> String.join(",", value.asJsonArray().stream()
                    .map(item -> item.getValueType() == JsonValue.ValueType.NULL ? "" : string(item)).toList());
        };
    }

    /** JavaScript truthiness: false for missing, null, false, 0, NaN and the empty string. */
    public static boolean truthy(JsonValue value) {
        if (value == null) {
            return false;
        }
        return switch (value.getValueType()) {
            case NULL, FALSE -> false;
            case STRING -> !((JsonString) value).getString().isEmpty();
            case NUMBER -> ((JsonNumber) value).doubleValue() != 0;
            default -> true;
        };
    }

    private static String number(JsonNumber number) {
        double value = number.doubleValue();
        if (value == Math.rint(value) && Math.abs(value) < 1e21) {
            return String.valueOf((long) value);
        }
        return number.toString();
    }
}
