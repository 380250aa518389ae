package io.github.ycspring.internal.http;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientRequestObservationContext;
import org.springframework.web.reactive.function.client.DefaultClientRequestObservationConvention;

/**
 * Spring's HTTP client observation, plus the API method ({@code yandex.cloud.method=ImageService.List}) as a
 * low-cardinality tag, so metrics tell calls apart without tagging ids.
 */
final class ApiMethodObservationConvention extends DefaultClientRequestObservationConvention {

	static final String API_METHOD_KEY = "yandex.cloud.method";

	@Override
	public KeyValues getLowCardinalityKeyValues(ClientRequestObservationContext context) {
		ClientRequest request = context.getRequest();
		String apiMethod = (request != null) ? RequestAttributes.apiMethod(request).orElse("none") : "none";
		return super.getLowCardinalityKeyValues(context).and(KeyValue.of(API_METHOD_KEY, apiMethod));
	}

}
