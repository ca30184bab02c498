package org.lectern.bench.throughput;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A short reading of a JFR recording: CPU samples by component (the first frame, from the top of the stack, in a
 * package of a known component), the hottest methods, the garbage collector's pauses and the monitors threads
 * waited for.
 */
final class JfrSummary {

    /** Package prefixes and the component they stand for, tried in order. */
    private static final Map<String, String> COMPONENTS = components();

    private static final int HOT_METHODS = 12;

    private JfrSummary() {}

    private static Map<String, String> components() {
        Map<String, String> components = new LinkedHashMap<>();
        components.put("org.lectern.annotator.entities", "entities (Lectern code)");
        components.put("org.lectern.annotator.cleanup", "cleanup annotators (Lectern code)");
        components.put("org.lectern.annotator.language", "language (Lectern code)");
        components.put("org.lectern.annotator.quotes", "quotes");
        components.put("edu.stanford.nlp.ie", "CoreNLP CRF (entities)");
        components.put("edu.stanford.nlp.process", "CoreNLP tokenizer (entities)");
        components.put("edu.stanford.nlp", "CoreNLP other");
        components.put("com.github.pemistahl.lingua", "Lingua (language)");
        components.put("opennlp", "OpenNLP (segmenter)");
        components.put("org.dkpro", "DKPro (segmenter)");
        components.put("org.tensorflow", "TensorFlow (translation-artefacts model)");
        components.put("org.apache.uima", "UIMA (CAS, indexes)");
        return components;
    }

    static String of(Path recording) throws IOException {
        Map<String, Integer> byComponent = new HashMap<>();
        Map<String, Integer> byMethod = new HashMap<>();
        Map<String, Double> monitorMillis = new HashMap<>();
        int samples = 0;
        int collections = 0;
        double gcPauseMillis = 0;
        long maxHeapAfterGc = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            String type = event.getEventType().getName();
            if (type.equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                if (frames.isEmpty()) {
                    continue;
                }
                samples++;
                byMethod.merge(name(frames.get(0)), 1, Integer::sum);
                byComponent.merge(component(frames), 1, Integer::sum);
            } else if (type.equals("jdk.GarbageCollection")) {
                collections++;
                gcPauseMillis += event.getDuration("sumOfPauses").toNanos() / 1e6;
            } else if (type.equals("jdk.GCHeapSummary") && "After GC".equals(event.getString("when"))) {
                maxHeapAfterGc = Math.max(maxHeapAfterGc, event.getLong("heapUsed"));
            } else if (type.equals("jdk.JavaMonitorEnter")) {
                String monitor = event.getClass("monitorClass").getName();
                monitorMillis.merge(monitor, event.getDuration().toNanos() / 1e6, Double::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(
                String.format(Locale.ROOT, "CPU samples: %d%n| component | share of samples |%n|---|---|%n", samples));
        appendShares(out, byComponent, samples, byComponent.size());
        out.append(String.format(Locale.ROOT, "%nHottest methods (top frame)%n| method | share |%n|---|---|%n"));
        appendShares(out, byMethod, samples, HOT_METHODS);
        out.append(String.format(
                Locale.ROOT,
                "%nGC: %d collections, %.0f ms of pauses in all; heap after GC at most %d MB%n",
                collections,
                gcPauseMillis,
                maxHeapAfterGc >> 20));
        out.append("Monitors waited for (≥ threshold of the recording settings): ");
        out.append(monitorMillis.isEmpty() ? "none" : "");
        monitorMillis.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(5)
                .forEach(e -> out.append(String.format(Locale.ROOT, "%s %.0f ms; ", e.getKey(), e.getValue())));
        return out.append(System.lineSeparator()).toString();
    }

    private static void appendShares(StringBuilder out, Map<String, Integer> counts, int total, int limit) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(limit)
                .forEach(e -> out.append(
                        String.format(Locale.ROOT, "| %s | %.1f %% |%n", e.getKey(), 100.0 * e.getValue() / total)));
    }

    private static String component(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> component : COMPONENTS.entrySet()) {
                if (type.startsWith(component.getKey())) {
                    return component.getValue();
                }
            }
        }
        return "JDK and other";
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }
}
