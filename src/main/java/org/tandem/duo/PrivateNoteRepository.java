package org.tandem.duo;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Private notes, read only for their author: there is deliberately no way to read one without naming the author. */
interface PrivateNoteRepository extends Repository<PrivateNote, Long> {

    PrivateNote save(PrivateNote note);

    List<PrivateNote> findByMeetingIdInAndAuthor(Collection<Long> meetingIds, String author);

    @Modifying
    @Query("delete from PrivateNote n where n.meetingId = :meetingId")
    void deleteByMeetingId(long meetingId);
}
