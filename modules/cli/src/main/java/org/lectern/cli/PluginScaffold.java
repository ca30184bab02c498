package org.lectern.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.uima.UIMAFramework;
import org.lectern.api.LecternApi;

/**
 * The files of a new plugin project, from the templates in {@code org/lectern/cli/new-plugin/}: {@code {{key}}}
 * placeholders are replaced by the plugin's name, package, class and type names and the versions of the running
 * Lectern (so the project builds against exactly this Lectern's {@code lectern-api}).
 */
final class PluginScaffold {

    static final Pattern ANNOTATOR_NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    private static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final String TEMPLATES = "/org/lectern/cli/new-plugin/";

    private final Map<String, String> values = new LinkedHashMap<>();

    /**
     * @param name        the annotator name, also the project folder and artifact id (e.g. {@code currency})
     * @param packageName the Java package of annotator and provider
     * @param type        the type's simple name (put in {@code packageName.type}) or its qualified name
     * @throws IllegalArgumentException naming the bad value
     */
    PluginScaffold(String name, String packageName, String type) {
        if (!ANNOTATOR_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("plugin name '" + name
                    + "' must be lower case letters, digits and dashes, starting with a letter (e.g. currency)");
        }
        if (!JAVA_NAME.matcher(packageName).matches()) {
            throw new IllegalArgumentException("--package '" + packageName + "' is not a Java package name");
        }
        if (!JAVA_NAME.matcher(type).matches()) {
            throw new IllegalArgumentException("--type '" + type + "' is not a Java class name");
        }
        String className = className(name);
        String typeName = type.contains(".") ? type : packageName + ".type." + type;
        values.put("name", name);
        values.put("package", packageName);
        values.put("packagePath", packageName.replace('.', '/'));
        values.put("className", className);
        values.put("typeName", typeName);
        values.put("typeSimpleName", typeName.substring(typeName.lastIndexOf('.') + 1));
        values.put(
                "typeSystemPath",
                typeName.substring(0, typeName.lastIndexOf('.')).replace('.', '/') + "/" + className + "Types.xml");
        values.put("lecternVersion", LecternApi.LECTERN_VERSION);
        values.put("uimaVersion", UIMAFramework.getVersionString());
    }

    /** {@code money-amount} → {@code MoneyAmount}. */
    static String className(String name) {
        StringBuilder camel = new StringBuilder();
        for (String part : name.split("-")) {
            camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return camel.toString();
    }

    String typeName() {
        return values.get("typeName");
    }

    /** Writes the project into {@code project} (which must not exist); returns the files written, relative. */
    List<Path> writeTo(Path project) throws IOException {
        String java = "src/main/java/" + values.get("packagePath") + "/" + values.get("className");
        String test = "src/test/java/" + values.get("packagePath") + "/" + values.get("className");
        Map<String, String> files = new LinkedHashMap<>();
        files.put("pom.xml", "pom.xml.tmpl");
        files.put("README.md", "README.md.tmpl");
        files.put(".gitignore", "gitignore.tmpl");
        files.put("pipeline.xml", "pipeline.xml.tmpl");
        files.put("corpus/sample.txt", "sample.txt.tmpl");
        files.put(java + "Annotator.java", "Annotator.java.tmpl");
        files.put(java + "Provider.java", "Provider.java.tmpl");
        files.put("src/main/resources/META-INF/services/org.lectern.api.AnnotatorProvider", "services.tmpl");
        files.put("src/main/resources/META-INF/org.apache.uima.fit/types.txt", "types.txt.tmpl");
        files.put("src/main/resources/" + values.get("typeSystemPath"), "Types.xml.tmpl");
        files.put(test + "AnnotatorTest.java", "AnnotatorTest.java.tmpl");

        Files.createDirectories(project.getParent());
        Files.createDirectory(project); // fails if it exists: never overwrite someone's work
        List<Path> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path target = project.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, render(template(file.getValue())), StandardCharsets.UTF_8);
            written.add(Path.of(file.getKey()));
        }
        return written;
    }

    private String render(String template) {
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{{" + value.getKey() + "}}", value.getValue());
        }
        return text;
    }

    private static String template(String name) {
        try (InputStream in = PluginScaffold.class.getResourceAsStream(TEMPLATES + name)) {
            if (in == null) {
                throw new IllegalStateException("template " + name + " is missing from the Lectern jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
