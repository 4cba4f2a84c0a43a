package org.hearth.referrals.importing;

/** Rows read and their outcomes, for {@link ImportRun}: the job's committed counts, or one chunk's. */
final class ImportCounts {
    int read;
    int imported;
    int already;
    int rejected;

    void add(ImportCounts o) {
        read += o.read;
        imported += o.imported;
        already += o.already;
        rejected += o.rejected;
    }
}
