package uk.mobilityexplorer.staticclient.site;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tells the person running the generator what it is doing: one line per stage and a page counter. On a terminal the
 * counter rewrites its own line with a carriage return; elsewhere (CI logs, pipes) it prints a plain line every
 * {@value #EVERY} pages. It never prints ANSI escape codes.
 */
final class Progress {

    private static final int EVERY = 250;

    private final PrintStream out;
    private final boolean terminal;
    private final AtomicInteger pages = new AtomicInteger();
    private int stage;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    synchronized void stage(String what) {
        endCounterLine();
        out.println("[" + ++stage + "] " + what);
    }

    void page() {
        int n = pages.incrementAndGet();
        if (terminal) {
            synchronized (this) {
                out.print("\r    " + n + " pages written");
                out.flush();
            }
        } else if (n % EVERY == 0) {
            synchronized (this) {
                out.println("    " + n + " pages written");
            }
        }
    }

    int pages() {
        return pages.get();
    }

    synchronized void done(String what) {
        endCounterLine();
        out.println(what);
    }

    private void endCounterLine() {
        if (terminal && pages.get() > 0) {
            out.println();
        }
    }
}
