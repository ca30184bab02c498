package org.lectern.annotator.quotes;

import static org.apache.uima.fit.util.JCasUtil.select;
import java.nio.file.*;
import java.util.*;
import org.apache.uima.analysis_engine.AnalysisEngine;
import org.apache.uima.fit.factory.AnalysisEngineFactory;
import org.apache.uima.jcas.JCas;
import org.junit.jupiter.api.Test;
import org.lectern.api.AnnotatorProvider;
import org.lectern.api.testing.TestDocuments;
import org.lectern.annotator.segmenter.SegmenterProvider;
import org.lectern.type.Quotation;

class DumpTmp {
    @Test
    void dump() throws Exception {
        AnalysisEngine seg = AnalysisEngineFactory.createEngine(new SegmenterProvider().createDescription());
        AnalysisEngine ent = null;
        for (AnnotatorProvider p : ServiceLoader.load(AnnotatorProvider.class)) if (p.name().equals("entities")) ent = AnalysisEngineFactory.createEngine(p.createDescription());
        AnalysisEngine q = AnalysisEngineFactory.createEngine(new QuotesProvider().createDescription());
        List<Path> files = new ArrayList<>();
        for (String cat : System.getProperty("cats", "business,sport").split(","))
            try (var s = Files.list(Path.of("/work/shared/corpora/bbc-news/" + cat))) { s.sorted().skip(Integer.getInteger("skip", 0)).limit(Integer.getInteger("n", 6)).forEach(files::add); }
        for (Path f : files) {
            JCas jcas = TestDocuments.document(Files.readString(f), "en");
            seg.process(jcas); if (ent != null) ent.process(jcas); q.process(jcas);
            System.out.println("=== " + f);
            String text = jcas.getDocumentText();
            if (System.getProperty("ents") != null) for (var ne : select(jcas, de.tudarmstadt.ukp.dkpro.core.api.ner.type.NamedEntity.class)) System.out.println("  E " + ne.getCoveredText() + " " + ne.getValue() + " " + ne.getIdentifier() + " @" + ne.getBegin());
            for (Quotation quote : select(jcas, Quotation.class)) {
                int cb = Math.max(0, quote.getBegin() - 60), ce = Math.min(text.length(), quote.getEnd() + 60);
                String ctx = text.substring(cb, quote.getBegin()) + "[[" + quote.getCoveredText() + "]]" + text.substring(quote.getEnd(), ce);
                System.out.println("  -> " + quote.getSpeakerName() + " | " + (quote.getSpeakerMention() == null ? "-" : quote.getSpeakerMention().getCoveredText()) + " | " + ctx.replace('\n', ' '));
            }
        }
    }
}
