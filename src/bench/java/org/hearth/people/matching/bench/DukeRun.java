package org.hearth.people.matching.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.DataSource;
import no.priv.garshol.duke.Logger;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.datasources.InMemoryDataSource;
import no.priv.garshol.duke.matchers.AbstractMatchListener;
import org.hearth.people.matching.MatchRecord;

/**
 * The peer: Duke 1.2 (Lucene candidate search, naive-Bayes combination of per-property similarities),
 * configured programmatically the way its documentation configures person data. The probabilities were
 * set from Duke's documentation, then revised once (lower "low" probabilities) after a first setting gave
 * Duke precision 0.2 on FEBRL without soc_sec_id; never fitted to any benchmark's truth beyond that.
 */
public record DukeRun(List<int[]> pairs, double seconds) {

    static final double THRESHOLD = 0.9;

    private static ConfigurationImpl configuration(boolean identifier) {
        List<Property> props = new ArrayList<>();
        props.add(new PropertyImpl("ID"));
        // low = P(same person | values differ), high = P(same person | values equal), per Duke's documentation:
        // a shared forename or postcode says little, a different date of birth says a lot
        props.add(new PropertyImpl("GIVEN", new JaroWinkler(), 0.2, 0.7));
        props.add(new PropertyImpl("SURNAME", new JaroWinkler(), 0.2, 0.8));
        props.add(new PropertyImpl("DOB", new Levenshtein(), 0.1, 0.9));
        props.add(new PropertyImpl("ADDRESS", new Levenshtein(), 0.35, 0.8));
        props.add(new PropertyImpl("POSTCODE", new Levenshtein(), 0.35, 0.75));
        props.add(new PropertyImpl("SEX", new ExactComparator(), 0.3, 0.55));
        if (identifier) {
            props.add(new PropertyImpl("IDENT", new Levenshtein(), 0.1, 0.95));
        }
        ConfigurationImpl config = new ConfigurationImpl();
        config.setProperties(props);
        config.setThreshold(THRESHOLD);
        LuceneDatabase db = new LuceneDatabase();
        db.setMaxSearchHits(10);
        config.setDatabase(db);
        return config;
    }

    private static Record record(String prefix, MatchRecord p) {
        RecordImpl r = new RecordImpl();
        r.addValue("ID", prefix + p.id());
        add(r, "GIVEN", p.givenName());
        add(r, "SURNAME", p.surname());
        add(r, "DOB", p.dateOfBirth() == null ? null : p.dateOfBirth().replace("-", ""));
        add(r, "ADDRESS", p.address());
        add(r, "POSTCODE", p.postcode() == null ? null : p.postcode().replace(" ", ""));
        add(r, "SEX", p.sex());
        add(r, "IDENT", p.identifier());
        return r;
    }

    private static void add(RecordImpl r, String property, String value) {
        if (value != null && !value.isBlank()) {
            r.addValue(property, value.strip().toLowerCase(Locale.ROOT));
        }
    }

    public static DukeRun dedupe(List<MatchRecord> records, boolean identifier) throws Exception {
        ConfigurationImpl config = configuration(identifier);
        InMemoryDataSource source = new InMemoryDataSource();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            source.add(record("", records.get(i)));
            index.put(records.get(i).id(), i);
        }
        config.addDataSource(0, source);
        return run(config, index, false);
    }

    public static DukeRun link(List<MatchRecord> left, List<MatchRecord> right, boolean identifier)
            throws Exception {
        ConfigurationImpl config = configuration(identifier);
        InMemoryDataSource l = new InMemoryDataSource();
        InMemoryDataSource r = new InMemoryDataSource();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < left.size(); i++) {
            l.add(record("L:", left.get(i)));
            index.put("L:" + left.get(i).id(), i);
        }
        for (int i = 0; i < right.size(); i++) {
            r.add(record("R:", right.get(i)));
            index.put("R:" + right.get(i).id(), left.size() + i);
        }
        config.addDataSource(1, l);
        config.addDataSource(2, r);
        return run(config, index, true);
    }

    private static DukeRun run(ConfigurationImpl config, Map<String, Integer> index, boolean link) {
        List<int[]> pairs = new ArrayList<>();
        long t0 = System.nanoTime();
        Processor processor = new Processor(config);
        processor.setThreads(Runtime.getRuntime().availableProcessors());
        processor.setLogger(new Quiet());
        processor.addMatchListener(new AbstractMatchListener() {
            @Override
            public synchronized void matches(Record r1, Record r2, double confidence) {
                Integer a = index.get(r1.getValue("ID"));
                Integer b = index.get(r2.getValue("ID"));
                if (a != null && b != null) {
                    pairs.add(new int[] {a, b});
                }
            }
        });
        if (link) {
            processor.link();
        } else {
            processor.deduplicate();
        }
        processor.close();
        return new DukeRun(pairs, (System.nanoTime() - t0) / 1e9);
    }

    /** Connected components of Duke's matches. */
    int[] labels(int n) {
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int[] p : pairs) {
            int a = find(parent, p[0]);
            int b = find(parent, p[1]);
            if (a != b) {
                parent[Math.max(a, b)] = Math.min(a, b);
            }
        }
        int[] label = new int[n];
        for (int i = 0; i < n; i++) {
            label[i] = find(parent, i);
        }
        return label;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Duke logs record contents at debug level; it says nothing here. */
    private static final class Quiet implements Logger {
        public void trace(String msg) {
        }

        public void debug(String msg) {
        }

        public void info(String msg) {
        }

        public void warn(String msg) {
        }

        public void warn(String msg, Throwable e) {
        }

        public void error(String msg) {
        }

        public void error(String msg, Throwable e) {
        }

        public boolean isTraceEnabled() {
            return false;
        }

        public boolean isDebugEnabled() {
            return false;
        }

        public boolean isInfoEnabled() {
            return false;
        }

        public boolean isWarnEnabled() {
            return false;
        }

        public boolean isErrorEnabled() {
            return false;
        }
    }
}
