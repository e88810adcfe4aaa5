package looplab.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares two JSON Lines traces as the conformance suite's compare.py does: event by event,
 * field order ignored, numbers equal as IEEE doubles, booleans not numbers, blank lines skipped.
 */
final class TraceComparison {
    private TraceComparison() {}

    /** Null when equal, else a report of the first divergence. */
    static String firstDifference(String expected, String actual) {
        List<String> e = events(expected);
        List<String> a = events(actual);
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
            String d = difference(JsonParser.parseString(e.get(i)), JsonParser.parseString(a.get(i)), "");
            if (d != null) {
                return "event " + (i + 1) + ": " + d + "\n  expected: " + e.get(i) + "\n  actual:   " + a.get(i);
            }
        }
        if (e.size() != a.size()) {
            return "expected " + e.size() + " events, actual " + a.size();
        }
        return null;
    }

    private static List<String> events(String trace) {
        List<String> out = new ArrayList<>();
        for (String line : trace.split("\n")) {
            if (!line.isBlank()) {
                out.add(line);
            }
        }
        return out;
    }

    private static String difference(JsonElement a, JsonElement b, String path) {
        String where = path.isEmpty() ? "(whole event)" : path;
        if (a.isJsonPrimitive() && b.isJsonPrimitive()) {
            JsonPrimitive pa = a.getAsJsonPrimitive();
            JsonPrimitive pb = b.getAsJsonPrimitive();
            if (pa.isNumber() && pb.isNumber()) {
                return pa.getAsDouble() == pb.getAsDouble() ? null : where + ": expected " + a + ", actual " + b;
            }
            if (pa.isNumber() != pb.isNumber() || pa.isBoolean() != pb.isBoolean() || pa.isString() != pb.isString()) {
                return where + ": expected " + a + ", actual " + b;
            }
            return pa.equals(pb) ? null : where + ": expected " + a + ", actual " + b;
        }
        if (a.isJsonObject() && b.isJsonObject()) {
            JsonObject oa = a.getAsJsonObject();
            JsonObject ob = b.getAsJsonObject();
            for (String key : oa.keySet()) {
                if (!ob.has(key)) {
                    return "field '" + key + "' missing in actual";
                }
            }
            for (String key : ob.keySet()) {
                if (!oa.has(key)) {
                    return "unexpected field '" + key + "' in actual";
                }
            }
            for (Map.Entry<String, JsonElement> entry : oa.entrySet()) {
                String d = difference(entry.getValue(), ob.get(entry.getKey()), path + "." + entry.getKey());
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.isJsonArray() && b.isJsonArray()) {
            JsonArray la = a.getAsJsonArray();
            JsonArray lb = b.getAsJsonArray();
            for (int i = 0; i < Math.min(la.size(), lb.size()); i++) {
                String d = difference(la.get(i), lb.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return la.size() == lb.size() ? null : where + ": expected " + la.size() + " elements, actual " + lb.size();
        }
        return a.equals(b) ? null : where + ": expected " + a + ", actual " + b;
    }
}
