package dev.corpusaudit.generate;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.BitSet;

/**
 * The side inputs of DESIGN.md that go with a generated corpus: {@code messages.jsonl} (the
 * platform's reference private messages, streamed while the corpus is written), and, once the
 * corpus is done, {@code members.csv} (the member registry), {@code optouts.csv} (the objection
 * register), {@code salaries.csv} (member-provided salaries) and {@code generation.json} (seed,
 * record count, snapshot date). The CSV files list members of the corpus only, sorted by id.
 */
final class SideFiles implements Closeable {
    static final String MESSAGES_FILE = "messages.jsonl";
    static final String MEMBERS_FILE = "members.csv";
    static final String OPTOUTS_FILE = "optouts.csv";
    static final String SALARIES_FILE = "salaries.csv";
    static final String GENERATION_FILE = "generation.json";

    private final Path outDir;
    private final OutputStream messagesOut;
    private final JsonGenerator messages;
    private long messageCount;

    /** Line counts (without headers) of the registers, once written. */
    record Registers(long members, long registry, long optOuts, long salaries) {
    }

    SideFiles(Path outDir) throws IOException {
        this.outDir = outDir;
        Files.createDirectories(outDir);
        messagesOut = new BufferedOutputStream(Files.newOutputStream(outDir.resolve(MESSAGES_FILE)), 1 << 16);
        messages = CorpusWriter.generator(messagesOut);
    }

    /** Appends a reference message to {@code messages.jsonl}; returns its id, {@code dm-000001} and on. */
    String writeMessage(String memberId, String text) throws IOException {
        messageCount++;
        String digits = Long.toString(messageCount);
        String id = digits.length() >= 6 ? "dm-" + digits : "dm-" + "000000".substring(digits.length()) + digits;
        messages.writeStartObject();
        messages.writeStringField("id", id);
        messages.writeStringField("member_id", memberId);
        messages.writeStringField("text", text);
        messages.writeEndObject();
        messages.writeRaw('\n');
        return id;
    }

    long messageCount() {
        return messageCount;
    }

    /** Writes the three registers for the members of {@code pool} whose numbers are set in {@code inCorpus}. */
    Registers writeRegisters(MemberPool pool, BitSet inCorpus) throws IOException {
        long members = 0;
        long registry = 0;
        long optOuts = 0;
        long salaries = 0;
        try (Writer membersCsv = csv(MEMBERS_FILE, "member_id,birth_date,region");
             Writer optOutsCsv = csv(OPTOUTS_FILE, "member_id,opted_out_at");
             Writer salariesCsv = csv(SALARIES_FILE, "member_id,amount,currency")) {
            // member numbers ascending is member ids ascending (ids are zero-padded)
            for (int number = inCorpus.nextSetBit(0); number >= 0; number = inCorpus.nextSetBit(number + 1)) {
                Member member = pool.member(number);
                members++;
                if (member.inRegistry()) {
                    registry++;
                    membersCsv.write(member.id() + "," + member.birthDate() + "," + member.region() + "\n");
                }
                if (member.optedOutAt() != null) {
                    optOuts++;
                    optOutsCsv.write(member.id() + "," + member.optedOutAt() + "\n");
                }
                if (member.salary() != null) {
                    salaries++;
                    salariesCsv.write(member.id() + "," + member.salary() + "," + member.currency() + "\n");
                }
            }
        }
        return new Registers(members, registry, optOuts, salaries);
    }

    /** {@code {"seed":7,"records":3000,"snapshot_date":"2026-02-01"}}, one line. */
    void writeGeneration(long seed, long records, LocalDate snapshot) throws IOException {
        try (OutputStream out = Files.newOutputStream(outDir.resolve(GENERATION_FILE));
             JsonGenerator json = CorpusWriter.FACTORY.createGenerator(out)) {
            json.writeStartObject();
            json.writeNumberField("seed", seed);
            json.writeNumberField("records", records);
            json.writeStringField("snapshot_date", snapshot.toString());
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    private Writer csv(String file, String header) throws IOException {
        Writer writer = new BufferedWriter(Files.newBufferedWriter(outDir.resolve(file), StandardCharsets.UTF_8), 1 << 16);
        writer.write(header + "\n");
        return writer;
    }

    @Override
    public void close() throws IOException {
        try (messagesOut; messages) {
            messages.flush();
        }
    }
}
