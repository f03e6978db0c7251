package uk.mobilityexplorer.api;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static uk.mobilityexplorer.support.ApiSpec.api;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.mobilityexplorer.support.FigureEdit;

@QuarkusTest
@TestProfile(ResponseCacheOffTest.CacheOff.class)
class ResponseCacheOffTest {

    /** What an operator sets behind a CDN that already absorbs repeated URLs. */
    public static class CacheOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mobility.response-cache.max-size", "0");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void everyResponseIsComputedAfresh() throws SQLException {
        String url = "/api/v1/measures/youth-unemployment/observations?edition=2025&area=TLC1";
        String first = api().get(url).then().statusCode(200).extract().asString();
        try (var edit = FigureEdit.behindTheServicesBack(dataSource, "2025", "TLC1")) {
            api().get(url).then().statusCode(200).body(not(equalTo(first)));
        }
    }
}
