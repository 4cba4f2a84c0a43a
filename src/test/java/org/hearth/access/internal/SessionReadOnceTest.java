package org.hearth.access.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * The session store reads a request's session once: the look-up Spring Session's filter makes after saving it is
 * answered with what the request saved, and nothing of that outlives the request, so a session ended between two
 * requests (sign-out everywhere, an administrator's change) is gone on the next one.
 */
class SessionReadOnceTest {

    /** The database, counting its reads. */
    final Map<String, Session> stored = new ConcurrentHashMap<>();
    final AtomicInteger reads = new AtomicInteger();
    final FindByIndexNameSessionRepository<Session> database = new FindByIndexNameSessionRepository<>() {
        @Override
        public Session createSession() {
            return new MapSession();
        }

        @Override
        public void save(Session session) {
            stored.put(session.getId(), session);
        }

        @Override
        public Session findById(String id) {
            reads.incrementAndGet();
            return stored.get(id);
        }

        @Override
        public void deleteById(String id) {
            stored.remove(id);
        }

        @Override
        public Map<String, Session> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    };
    final SessionReadOnce.Store store = new SessionReadOnce.Store(database);

    /** One request, as the filter serves it: read at the start, saved and looked up again at the end. */
    void request(FilterChain work) throws Exception {
        new SessionReadOnce.Scope().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), work);
    }

    Session signedIn() {
        Session s = database.createSession();
        database.save(s);
        return s;
    }

    @Test
    void aRequestReadsItsSessionOnceAndTheLookUpAfterSavingIsAnsweredFromIt() throws Exception {
        Session s = signedIn();
        request((rq, rs) -> {
            Session read = store.findById(s.getId());
            store.save(read);
            assertThat(store.findById(s.getId())).isSameAs(read);
            store.save(read);
            assertThat(store.findById(s.getId())).isSameAs(read);
        });
        assertThat(reads).hasValue(1);
    }

    @Test
    void aSessionEndedBetweenRequestsIsGoneOnTheNextRequest() throws Exception {
        Session s = signedIn();
        request((rq, rs) -> store.save(store.findById(s.getId())));
        database.deleteById(s.getId()); // an administrator disables the user: their sessions end
        request((rq, rs) -> assertThat(store.findById(s.getId())).as("read afresh, and gone").isNull());
        assertThat(reads).hasValue(2);
    }

    @Test
    void aSessionEndedDuringTheRequestIsNotFoundAgain() throws Exception {
        Session s = signedIn();
        request((rq, rs) -> {
            Session read = store.findById(s.getId());
            store.save(read);
            store.deleteById(s.getId()); // sign-out, the absolute time-out
            assertThat(store.findById(s.getId())).isNull();
        });
    }

    @Test
    void aSessionWhoseIdChangedIsLookedUpByItsOldIdInTheDatabase() throws Exception {
        MapSession s = (MapSession) signedIn();
        String before = s.getId();
        request((rq, rs) -> {
            store.save(s);
            s.changeSessionId(); // a sign-in step
            assertThat(store.findById(before)).as("the database's answer for the old id").isSameAs(s);
        });
        assertThat(reads).hasValue(1);
    }

    @Test
    void outsideARequestEveryLookUpReads() {
        Session s = signedIn();
        store.save(s);
        store.findById(s.getId());
        store.findById(s.getId());
        assertThat(reads).hasValue(2);
    }
}
