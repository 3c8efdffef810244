package org.gatehouse.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gatehouse.platform.control.PageRequest;

/**
 * Exact row counts of the tallied tables (V13: the event log and the chat history), and where any page of
 * them begins in id order, without counting their rows.
 *
 * <p>V13's triggers add a row to {@code row_tallies} for every insert and delete statement, per bucket of
 * {@link #BUCKET_WIDTH} ids, in the transaction of the change: a bucket's deltas sum to the rows it holds,
 * whichever node or path wrote them. Reading them is a few hundred index entries at a million rows; finding
 * the row at a position is a walk of at most one bucket of the id index. {@link #fold} folds each bucket's
 * rows into one ({@link RowTallyFolding} runs it every second on every node), so the table stays that small.
 */
@ApplicationScoped
public class RowTallies {

    /** The ids per bucket; V13's triggers divide by the same number. */
    public static final int BUCKET_WIDTH = 4096;

    static final String LOCK = "row_tallies";
    /** Ids per DELETE of folded rows. */
    private static final int DELETE_CHUNK = 500;

    /** The tables V13 tallies: the name its triggers write, and the entity mapped to it. */
    public enum Subject {
        EVENT_LOGS("event_logs", "EventLog"), WORKSPACE_CHATS("workspace_chats", "WorkspaceChat");

        final String table;
        final String entity;
        /** The named lock its deletions take turns under (V13; {@link #beforeDeleting}). */
        final String deletions;

        Subject(String table, String entity) {
            this.table = table;
            this.entity = entity;
            this.deletions = table + "_deletions";
        }
    }

    /**
     * Takes {@code subject}'s deletion lock until the caller's transaction ends: every statement that deletes its
     * rows, a cascade's included, comes after this. Derby runs a delete that fires a statement trigger in two
     * steps, the rows read first (read committed: no lock kept on them), then deleted; a second delete that read
     * the same rows before the first committed deletes them again as far as its trigger is told, so they were
     * counted out twice (two concurrent clears of the event log each counted its five rows out, in
     * HostileInputIT; 12 of 200 pairs of clears in a plain JDBC race). Deletions are rare, so taking turns costs
     * nothing that matters. PostgreSQL rechecks a row a concurrent delete removed and would not need this; one rule
     * for both is simpler than two.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void beforeDeleting(Subject subject) {
        locks.acquire(subject.deletions);
    }

    /** The ids of one page, highest first, and how many rows the table holds. */
    public record IdPage(List<Integer> ids, long total) {
    }

    @PersistenceContext(unitName = "gatehouse")
    EntityManager em;

    @Inject
    NamedLocks locks;

    @Inject
    LockedTallyReads lockedReads;

    /** Sums read without a lock before one is read under it (see {@link #of}). */
    static final int OPTIMISTIC_READS = 2;

    /**
     * The rows of one table's buckets as committed now, highest ids first. {@code buckets[i]} holds
     * {@code counts[i]} rows; buckets with none are left out.
     */
    public record Tally(int[] buckets, long[] counts, long total) {

        /**
         * Where the row at {@code position} (0: the highest id) is found: among the rows with an id of at most
         * {@code highestId}, after {@code skipped} of them in descending order. Empty past the last row.
         */
        public Optional<Start> start(long position) {
            long before = 0;
            for (int i = 0; i < buckets.length; i++) {
                if (position < before + counts[i]) {
                    long highest = (long) (buckets[i] + 1) * BUCKET_WIDTH - 1;
                    return Optional.of(new Start((int) Math.min(highest, Integer.MAX_VALUE), (int) (position - before)));
                }
                before += counts[i];
            }
            return Optional.empty();
        }
    }

    /** A position made short: skip {@code skipped} rows of id at most {@code highestId}, highest first. */
    public record Start(int highestId, int skipped) {
    }

    /**
     * The ids of one page of {@code subject} in descending id order (newest first), and its total: the tally,
     * then a walk of at most one bucket of the id index (V4, V13), however deep the page.
     */
    public IdPage page(Subject subject, PageRequest request) {
        Tally tally = of(subject);
        Optional<Start> start = request.size() == 0 ? Optional.empty() : tally.start(request.firstRow());
        if (start.isEmpty()) {
            return new IdPage(List.of(), tally.total());
        }
        List<Integer> ids = em.createQuery("SELECT x.id FROM " + subject.entity + " x WHERE x.id <= :highest ORDER BY x.id DESC",
                        Integer.class)
                .setParameter("highest", start.get().highestId())
                .setFirstResult(start.get().skipped()).setMaxResults(request.size()).getResultList();
        return new IdPage(ids, tally.total());
    }

    /**
     * The committed rows of {@code subject}, by bucket: one short read, however long the table. A fold that
     * commits while the sum is read can make Derby's read-committed scan count both the deltas it folded and
     * their sum, or neither (seen: a million events read as 1,008,192 while a bulk load was being folded). So
     * a sum stands only when the subject's fold count ({@code row_tally_folds}, which a fold raises before it
     * changes anything and keeps locked until it commits) is the same before and after it. After
     * {@value #OPTIMISTIC_READS} sums that folds overtook, the sum is read under the named lock, which makes
     * the folding wait for it.
     */
    public Tally of(Subject subject) {
        for (int attempt = 0; attempt < OPTIMISTIC_READS; attempt++) {
            long folds = folds(em, subject);
            Tally tally = sum(em, subject);
            if (folds(em, subject) == folds) {
                return tally;
            }
        }
        return lockedReads.of(subject);
    }

    private static long folds(EntityManager em, Subject subject) {
        return ((Number) em.createNativeQuery("SELECT folds FROM row_tally_folds WHERE subject = ?")
                .setParameter(1, subject.table).getSingleResult()).longValue();
    }

    /** The sums as this statement reads them: exact unless a fold commits meanwhile (see {@link #of}). */
    @SuppressWarnings("unchecked")
    static Tally sum(EntityManager em, Subject subject) {
        List<Object[]> rows = em.createNativeQuery("SELECT bucket, SUM(delta) FROM row_tallies WHERE subject = ?"
                        + " GROUP BY bucket HAVING SUM(delta) <> 0 ORDER BY bucket DESC")
                .setParameter(1, subject.table).getResultList();
        int[] buckets = new int[rows.size()];
        long[] counts = new long[rows.size()];
        long total = 0;
        for (int i = 0; i < rows.size(); i++) {
            buckets[i] = ((Number) rows.get(i)[0]).intValue();
            counts[i] = ((Number) rows.get(i)[1]).longValue();
            total += counts[i];
        }
        return new Tally(buckets, counts, total);
    }

    /** One bucket of one tallied table. */
    public record Bucket(String subject, int number) {
    }

    /**
     * The buckets holding more than one row: what {@link #fold} has to do. One short read once folded. In a
     * transaction of its own: it runs on the scheduler's threads, where Payara hands a read outside any
     * transaction an entity manager of the invocation the task was scheduled from, closed since.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Bucket> crowded() {
        List<Object[]> rows = em.createNativeQuery(
                "SELECT subject, bucket FROM row_tallies GROUP BY subject, bucket HAVING COUNT(*) > 1").getResultList();
        return rows.stream().map(row -> new Bucket((String) row[0], ((Number) row[1]).intValue())).toList();
    }

    /**
     * Folds one bucket's rows into one row holding their sum (none when it is zero), in its own short
     * transaction whose row locks stay below Derby's escalation to a table lock (a bucket holds at most a few
     * thousand deltas). The rows folded are deleted by id, exactly those read: a delta committed meanwhile
     * stays for the next run. Nodes take turns under the named lock. Answers how many rows were folded away.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    public int fold(Bucket bucket) {
        locks.acquire(LOCK);
        List<Object[]> deltas = em.createNativeQuery("SELECT id, delta FROM row_tallies WHERE subject = ? AND bucket = ?")
                .setParameter(1, bucket.subject()).setParameter(2, bucket.number()).getResultList();
        if (deltas.size() < 2) {
            return 0; // another node folded it first
        }
        em.createNativeQuery("UPDATE row_tally_folds SET folds = folds + 1 WHERE subject = ?")
                .setParameter(1, bucket.subject()).executeUpdate(); // before any change: see of()
        long sum = 0;
        List<Long> ids = new ArrayList<>(deltas.size());
        for (Object[] delta : deltas) {
            ids.add(((Number) delta[0]).longValue());
            sum += ((Number) delta[1]).longValue();
        }
        for (int from = 0; from < ids.size(); from += DELETE_CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + DELETE_CHUNK));
            Query delete = em.createNativeQuery("DELETE FROM row_tallies WHERE id IN ("
                    + chunk.stream().map(id -> "?").collect(Collectors.joining(", ")) + ")");
            for (int i = 0; i < chunk.size(); i++) {
                delete.setParameter(i + 1, chunk.get(i));
            }
            delete.executeUpdate();
        }
        if (sum != 0) {
            em.createNativeQuery("INSERT INTO row_tallies (subject, bucket, delta) VALUES (?, ?, ?)")
                    .setParameter(1, bucket.subject()).setParameter(2, bucket.number()).setParameter(3, (int) sum)
                    .executeUpdate();
        }
        return ids.size() - (sum != 0 ? 1 : 0);
    }
}
