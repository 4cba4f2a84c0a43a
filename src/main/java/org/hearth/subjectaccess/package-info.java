/**
 * Subject access and rectification (UK GDPR Arts. 12, 15 and 16; DPA 2018): an information governance officer records
 * a person's request to see what Hearth holds about them (`org.hearth.subjectaccess.SubjectAccess`), with the proof of
 * identity, the one-month due date and its extension, gathers every module's part through
 * `org.hearth.people.PersonDataSource` beans, flags and redacts by default whatever names or locates someone else (a
 * perpetrator asking about himself must never learn the victim's name, address or MARAC involvement), refuses the
 * release until each flagged item is reviewed, and produces the output as a PDF and a JSON file; corrections of the
 * record are made through `org.hearth.people.People#correct`.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subject access")
package org.hearth.subjectaccess;
