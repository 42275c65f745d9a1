package dev.corpusaudit.generate;

/**
 * A synthetic member: the author of records (or the person a profile describes).
 *
 * @param id        {@code m-} and six digits
 * @param language  the language the member writes
 * @param region    ISO 3166-1 alpha-2 country of the account, consistent with the language
 * @param age       age when the platform knows it, or null
 * @param firstName the member's first name, used where a text speaks as the member
 * @param lastName  the member's last name
 */
record Member(String id, Language language, String region, Integer age, String firstName, String lastName) {
}
