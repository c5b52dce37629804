package io.cceemulator.auth.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SdkCanonicalizationTests {

	@Test
	void sdkEncodingKeepsOnlyUnreservedCharacters() {
		assertThat(SdkEncoding.encode("a b*~:@!$()é-_.")).isEqualTo("a%20b%2A~%3A%40%21%24%28%29%C3%A9-_.");
		assertThat(SdkEncoding.encode("a/b+c")).isEqualTo("a%2Fb%2Bc");
	}

	@Test
	void canonicalUriAlwaysEndsWithASlash() {
		assertThat(SdkEncoding.canonicalUri("/api/v3/projects/p")).isEqualTo("/api/v3/projects/p/");
		assertThat(SdkEncoding.canonicalUri("/a/b/")).isEqualTo("/a/b/");
		assertThat(SdkEncoding.canonicalUri("/")).isEqualTo("/");
		assertThat(SdkEncoding.canonicalUri("")).isEqualTo("/");
	}

	@Test
	void canonicalUriKeepsEmptyInnerSegmentsAndDropsTrailingOnes() {
		assertThat(SdkEncoding.canonicalUri("/a//b")).isEqualTo("/a//b/");
		assertThat(SdkEncoding.canonicalUri("/a/b//")).isEqualTo("/a/b/");
	}

	@Test
	void pathSegmentsAreDecodedThenReencodedTheSdkWay() {
		String expected = "/p/a%20b%2A~%3A%40%21%24%28%29%C3%A9/";
		assertThat(SdkEncoding.canonicalUri("/p/a%20b*~:@!$()%C3%A9")).isEqualTo(expected);
		assertThat(SdkEncoding.canonicalUri("/p/a%20b%2a%7E%3A%40%21%24%28%29%c3%a9")).isEqualTo(expected);
		assertThat(SdkEncoding.canonicalUri("/p/a%20b*~:@!$()é")).isEqualTo(expected);
		assertThat(SdkEncoding.canonicalUri("/p/a+b")).isEqualTo("/p/a%2Bb/");
	}

	@Test
	void queryValueWithSpecialCharactersIsCanonicalisedLikeTheSdk() {
		String expected = "detail=a%20b%2Fc%2A~%2B%3D%26%C3%A9%3F";
		assertThat(SdkEncoding.canonicalQuery("detail=a%20b%2Fc%2A~%2B%3D%26%C3%A9%3F")).isEqualTo(expected);
		assertThat(SdkEncoding.canonicalQuery("detail=a%20b/c*~%2B%3D%26%C3%A9?")).isEqualTo(expected);
	}

	@Test
	void queryIsSortedByKeyKeepingTheOrderOfRepeatedKeys() {
		assertThat(SdkEncoding.canonicalQuery("b=2&a=z&c&a=y&a="))
			.isEqualTo("a=z&a=y&a=&b=2&c=");
	}

	@Test
	void queryIsSortedByEncodedKeyAndSplitOnTheFirstEquals() {
		assertThat(SdkEncoding.canonicalQuery("z%20=1&z=2&k=a=b")).isEqualTo("k=a%3Db&z=2&z%20=1");
	}

	@Test
	void missingOrEmptyQueryGivesAnEmptyLine() {
		assertThat(SdkEncoding.canonicalQuery(null)).isEmpty();
		assertThat(SdkEncoding.canonicalQuery("")).isEmpty();
	}

	@Test
	void malformedPercentEncodingIsRejected() {
		assertThatThrownBy(() -> SdkEncoding.canonicalUri("/a/b%2"))
			.isInstanceOf(MalformedSignatureException.class)
			.hasMessage("malformed percent-encoding in path segment 'b%2'");
		assertThatThrownBy(() -> SdkEncoding.canonicalQuery("a=%zz"))
			.hasMessage("malformed percent-encoding in query parameter '%zz'");
	}

}
