package dev.corpusaudit.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.SortedMap;

/**
 * What {@code summary.json} says of the checks that need provenance: the registers given, how many records had an
 * age to check (a record without one is not an adult's by default), and how the opt-out register met the corpus.
 *
 * @param snapshotDate the snapshot date the checks used, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"snapshot_date", "registers", "age", "opt_outs"})
public record ProvenanceSummary(@JsonProperty("snapshot_date") String snapshotDate,
                                RegisterSizes registers,
                                AgeCounts age,
                                @JsonProperty("opt_outs") OptOuts optOuts) {

    /** Entries read from each register given (absent: not given). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"members", "opt_outs", "salaries", "messages"})
    public record RegisterSizes(Long members, @JsonProperty("opt_outs") Long optOuts, Long salaries, Long messages) {
    }

    /**
     * Records by what is known of their member's age: {@code with_age} were checked against the minimum age;
     * {@code without_age} could not be (no birth date or age on the record or in the member registry);
     * {@code invalid_age} carried an unusable value (also in {@code rejected.jsonl}, kept).
     */
    @JsonPropertyOrder({"records_with_age", "records_without_age", "records_with_invalid_age"})
    public record AgeCounts(@JsonProperty("records_with_age") long withAge,
                            @JsonProperty("records_without_age") long withoutAge,
                            @JsonProperty("records_with_invalid_age") long invalidAge) {
    }

    /**
     * How the opt-out register met the corpus. {@code members} are opted-out members with records in the corpus;
     * {@code records} all their records; {@code records_in_violation} those the policy's rule keeps out of this
     * snapshot (the {@code excluded.opted_out} findings); {@code records_created_after_opt_out} records created on or
     * after the member's opt-out (collection went on); by region and by the month of the opt-out, so a regulator
     * sees how long opt-outs took to take effect ({@code latest_record_month}: the newest record of members who
     * opted out that month).
     */
    @JsonPropertyOrder({"register_members", "members", "records", "records_in_violation",
            "records_created_after_opt_out", "by_region", "by_opt_out_month"})
    public record OptOuts(@JsonProperty("register_members") long registerMembers,
                          long members, long records,
                          @JsonProperty("records_in_violation") long inViolation,
                          @JsonProperty("records_created_after_opt_out") long createdAfter,
                          @JsonProperty("by_region") SortedMap<String, OptOutGroup> byRegion,
                          @JsonProperty("by_opt_out_month") SortedMap<String, OptOutGroup> byOptOutMonth) {
    }

    /** One region's or one opt-out month's opted-out members and their records. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"members", "records", "records_in_violation", "records_created_after_opt_out",
            "latest_record_month", "opt_out_region"})
    public record OptOutGroup(long members, long records,
                              @JsonProperty("records_in_violation") long inViolation,
                              @JsonProperty("records_created_after_opt_out") long createdAfter,
                              @JsonProperty("latest_record_month") String latestRecordMonth,
                              @JsonProperty("opt_out_region") Boolean optOutRegion) {
    }
}
