package io.cceemulator.auth;

import java.util.Locale;
import java.util.Map;

import io.cceemulator.error.IamException;

/**
 * The query of IAM's {@code GET /v3/projects}: filters by {@code name}, {@code domain_id}, {@code parent_id},
 * {@code enabled} and {@code is_domain}, and a page ({@code page} with {@code per_page}, from 1; at most 5,000 a page).
 * Other parameters are ignored, as Keystone ignores them.
 *
 * @param page null for every project at once
 */
record ProjectQuery(String name, String domainId, String parentId, boolean enabled, boolean domains, Page page) {

	static final int MAX_PER_PAGE = 5000;

	/** @param number from 1 */
	record Page(int number, int size) {

		int from() {
			return (this.number - 1) * this.size;
		}

	}

	/** @throws IamException IAM.0007 naming the first paging parameter that is not valid */
	static ProjectQuery of(Map<String, String> query) {
		String page = query.get("page");
		String perPage = query.get("per_page");
		if (page != null && perPage == null) {
			throw IamException.invalidParameter("per_page", "page is given without per_page");
		}
		if (perPage != null && page == null) {
			throw IamException.invalidParameter("page", "per_page is given without page");
		}
		return new ProjectQuery(query.get("name"), query.get("domain_id"), query.get("parent_id"),
				flag(query.get("enabled"), true), flag(query.get("is_domain"), false),
				(page != null) ? new Page(number("page", page, Integer.MAX_VALUE), number("per_page", perPage,
						MAX_PER_PAGE)) : null);
	}

	/** Keystone's reading of a boolean filter: {@code false} and {@code 0} are false, any other value true. */
	private static boolean flag(String value, boolean absent) {
		if (value == null) {
			return absent;
		}
		String given = value.trim().toLowerCase(Locale.ROOT);
		return !(given.equals("false") || given.equals("0"));
	}

	private static int number(String key, String value, int max) {
		int number;
		try {
			number = Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw IamException.invalidParameter(key, key + " '" + value + "' is not a whole number");
		}
		if (number < 1 || number > max) {
			throw IamException.invalidParameter(key, key + " " + number + " is not between 1 and " + max);
		}
		return number;
	}

}
