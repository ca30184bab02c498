package org.lectern.pipeline.config;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.lectern.pipeline.registry.ParameterInfo;

/**
 * Checks the {@code <param>} elements of one step against the step's declared parameters and converts their
 * text to the parameter types, collecting a problem for each unknown, duplicate, ill-typed or missing one.
 */
final class ParameterValues {

    static final String PARAM = "param";
    static final String VALUE = "value";

    private ParameterValues() {}

    /**
     * @param step          the {@code <annotator>} element
     * @param stepName      how messages name the step, e.g. {@code 'language'}
     * @param declared      the step's parameters
     * @param enumConstants the allowed values of an enum-typed parameter by name, or empty
     * @return name/value pairs for {@code createDescription}, valid only if no problem was added
     */
    static List<Object> convert(
            XmlElement step,
            String stepName,
            List<ParameterInfo> declared,
            Function<String, Optional<List<String>>> enumConstants,
            Problems problems) {
        Map<String, ParameterInfo> byName = new HashMap<>();
        declared.forEach(p -> byName.put(p.name(), p));
        Map<String, XmlElement> seen = new HashMap<>();
        List<Object> pairs = new ArrayList<>();
        for (XmlElement param : step.children(PARAM)) {
            String name = param.attribute("name");
            if (name == null) {
                continue; // the schema reports the missing attribute
            }
            ParameterInfo info = byName.get(name);
            if (info == null) {
                problems.add(
                        param,
                        "unknown parameter '" + name + "' of " + stepName
                                + DidYouMean.hint(name, byName.keySet(), "parameters of " + stepName));
                continue;
            }
            XmlElement earlier = seen.putIfAbsent(name, param);
            if (earlier != null) {
                problems.add(
                        param,
                        "parameter '" + name + "' of " + stepName + " is set twice (first on line " + earlier.line()
                                + ")");
                continue;
            }
            Object value = value(param, stepName, info, enumConstants.apply(name), problems);
            if (value != null) {
                pairs.add(name);
                pairs.add(value);
            }
        }
        for (ParameterInfo info : declared) {
            if (info.mandatory() && !seen.containsKey(info.name())) {
                problems.add(
                        step, "missing mandatory parameter '" + info.name() + "' (" + info.type() + ") of " + stepName);
            }
        }
        return pairs;
    }

    private static Object value(
            XmlElement param, String stepName, ParameterInfo info, Optional<List<String>> allowed, Problems problems) {
        String what = "parameter '" + info.name() + "' of " + stepName;
        List<XmlElement> valueElements = param.children(VALUE);
        List<String> texts;
        if (!valueElements.isEmpty()) {
            if (!param.text().isBlank()) {
                problems.add(param, what + " mixes text with <value> elements; use one or the other");
                return null;
            }
            texts = valueElements.stream().map(v -> v.text().strip()).toList();
        } else if (info.multiValued()) {
            String text = param.text().strip();
            texts = text.isEmpty()
                    ? List.of()
                    : Arrays.stream(text.split(",")).map(String::strip).toList();
        } else {
            texts = List.of(param.text().strip());
        }
        if (!info.multiValued() && texts.size() != 1) {
            problems.add(
                    param, what + " takes a single " + info.type() + ", got " + texts.size() + " <value> elements");
            return null;
        }
        Class<?> javaType = javaType(info.elementType());
        Object values = Array.newInstance(javaType, texts.size());
        boolean valid = true;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            Object converted = convert(text, info.elementType(), allowed);
            if (converted == null) {
                problems.add(
                        param,
                        what + " expects " + expected(info.elementType(), allowed) + ", got '" + text
                                + "'"
                                + allowed.flatMap(a -> DidYouMean.nearest(text, a))
                                        .map(n -> "; did you mean '" + n + "'?")
                                        .orElse(""));
                valid = false;
            } else {
                Array.set(values, i, converted);
            }
        }
        if (!valid) {
            return null;
        }
        return info.multiValued() ? values : Array.get(values, 0);
    }

    private static String expected(String type, Optional<List<String>> allowed) {
        return allowed.map(a -> "one of " + String.join(", ", a))
                .orElse("Boolean".equals(type) ? "Boolean (true or false)" : type);
    }

    /** The value of {@code text} as {@code type}, or null if it is not one. */
    private static Object convert(String text, String type, Optional<List<String>> allowed) {
        try {
            return switch (type) {
                case "Integer" -> Integer.valueOf(text);
                case "Long" -> Long.valueOf(text);
                case "Float" -> Float.valueOf(text);
                case "Double" -> Double.valueOf(text);
                case "Boolean" ->
                    switch (text.toLowerCase(Locale.ROOT)) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        default -> null;
                    };
                default -> allowed.isEmpty() || allowed.get().contains(text) ? text : null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Class<?> javaType(String type) {
        return switch (type) {
            case "Integer" -> Integer.class;
            case "Long" -> Long.class;
            case "Float" -> Float.class;
            case "Double" -> Double.class;
            case "Boolean" -> Boolean.class;
            default -> String.class;
        };
    }
}
