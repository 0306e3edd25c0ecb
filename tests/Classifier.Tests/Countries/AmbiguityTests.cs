using static Classifier.Tests.Countries.DetectorAssertions;

namespace Classifier.Tests.Countries;

/// <summary>Country words that also name something else: a US state, a person, a bird, a sea, a neighbour.</summary>
public class AmbiguityTests
{
    [Theory]
    [InlineData("Georgia Gov. Brian Kemp signed the bill on Monday.")]
    [InlineData("The state of Georgia will hold a runoff election in January.")]
    [InlineData("Voters in Atlanta, Georgia, waited for hours to cast ballots.")]
    [InlineData("Georgia's governor declared a state of emergency before the hurricane.")]
    [InlineData("Georgia Republicans passed a new election law. Voters in the Peach State were divided.")]
    public void Georgia_with_US_state_cues_is_the_United_States(string text) => Finds(text, "USA");

    [Theory]
    [InlineData("Tens of thousands protested in Tbilisi against Georgia's ruling party.", "GEO")]
    [InlineData("Georgia and Azerbaijan signed a transit agreement on Friday.", "AZE", "GEO")]
    [InlineData("Georgia's parliament passed the foreign agents law, and the Georgian president vowed a veto.", "GEO")]
    public void Georgia_without_US_state_cues_is_the_Caucasus_country(string text, params string[] expected) => Finds(text, expected);

    [Fact]
    public void A_Tbilisi_story_keeps_Georgia_even_when_a_Republican_senator_comments() =>
        Finds("Protests grew in Tbilisi. A Republican senator said Georgia had betrayed its partners.", "GEO");

    [Theory]
    [InlineData("Michael Jordan said he would return to the team next season.")]
    [InlineData("The former coach praised Jordan Peterson in a podcast.")]
    [InlineData("Chad Smith, the drummer, said the band would tour in the autumn.")]
    [InlineData("Vernon Jordan was an adviser to the president. Jordan said he had no regrets.")]
    public void Jordan_and_Chad_as_names_of_people_are_not_countries(string text) => Finds(text);

    [Fact]
    public void A_surname_use_does_not_hide_the_country_introduced_by_a_place_preposition() =>
        Finds("Michael Jordan arrived on Monday. Later that week he flew to Jordan for a charity match.", "JOR");

    [Theory]
    [InlineData("King Abdullah of Jordan received the envoy in Amman.", "JOR")]
    [InlineData("Jordan said it would reopen its border crossing.", "JOR")]
    [InlineData("Chad President Mahamat Deby met the delegation.", "TCD")]
    [InlineData("Fighting spread from Sudan into eastern Chad, aid agencies said.", "SDN", "TCD")]
    public void Jordan_and_Chad_as_countries_are_found(string text, params string[] expected) => Finds(text, expected);

    [Fact]
    public void Lower_case_turkey_is_the_bird() =>
        Finds("Families paid more for a turkey this year, and the price of stuffing rose too.");

    [Fact]
    public void Capitalised_Turkey_is_the_country() => Finds("Officials held talks with Turkey on Tuesday.", "TUR");

    [Fact]
    public void Turkey_at_the_start_of_a_headline_is_the_bird_when_the_story_says_turkey() =>
        FindsInTitleAndText("Turkey prices soar before Thanksgiving", "Shoppers paid more for a turkey this year, farmers said.");

    [Fact]
    public void Turkey_in_a_capitalised_headline_is_the_country_when_the_story_is_about_Ankara() =>
        FindsInTitleAndText("TURKEY RAISES INTEREST RATES", "Turkey's central bank in Ankara raised rates again.", "TUR");

    [Theory]
    [InlineData("Soldiers in Niger seized power, and Nigeria's president called for calm.", "NER", "NGA")]
    [InlineData("Nigerien soldiers patrolled the capital Niamey.", "NER")]
    [InlineData("Nigerian troops were deployed to Lagos.", "NGA")]
    [InlineData("Oil spills in the Niger Delta polluted farmland.", "NGA")]
    [InlineData("Fishermen on the Niger River reported low water.")]
    public void Niger_Nigeria_and_Nigerien_are_told_apart(string text, params string[] expected) => Finds(text, expected);

    [Theory]
    [InlineData("Elections were held in Guinea-Bissau.", "GNB")]
    [InlineData("Oil production rose in Equatorial Guinea.", "GNQ")]
    [InlineData("An earthquake struck Papua New Guinea.", "PNG")]
    [InlineData("The junta in Guinea delayed the vote.", "GIN")]
    [InlineData("Pirates attacked a tanker in the Gulf of Guinea.")]
    [InlineData("The drug was tested on a guinea pig.")]
    public void The_Guineas_are_told_apart(string text, params string[] expected) => Finds(text, expected);

    [Theory]
    [InlineData("Fighting continued in the Democratic Republic of Congo.", "COD")]
    [InlineData("The DR Congo government rejected the report.", "COD")]
    [InlineData("Rebels said the DRC army had withdrawn.", "COD")]
    [InlineData("Officials in Kinshasa denied the claim.", "COD")]
    [InlineData("Voters in the Republic of Congo went to the polls.", "COG")]
    [InlineData("Talks were held in Congo-Brazzaville.", "COG")]
    [InlineData("Officials in Brazzaville denied the claim.", "COG")]
    [InlineData("Rebels in Congo clashed with troops near Goma.", "COD")]
    [InlineData("Congo said it would expand mining exports.", "COD")]
    public void The_two_Congos_are_told_apart(string text, string expected) => Finds(text, expected);

    [Fact]
    public void Bare_Congo_in_a_story_about_Brazzaville_is_the_Republic_of_the_Congo() =>
        Finds("BRAZZAVILLE (Reuters) - Congo's president won re-election, officials in Pointe-Noire said.", "COG");

    [Theory]
    [InlineData("Refugees crossed from South Sudan.", "SSD")]
    [InlineData("South Sudanese officials met in Juba.", "SSD")]
    [InlineData("The army in Sudan agreed to a truce.", "SDN")]
    public void Sudan_and_South_Sudan_are_told_apart(string text, string expected) => Finds(text, expected);

    [Theory]
    [InlineData("Washington state officials confirmed the measles outbreak.")]
    [InlineData("The company is based in Seattle, Washington.")]
    [InlineData("Washington said it was concerned by the report.")]
    public void Washington_the_state_and_the_government_are_both_the_United_States(string text) => Finds(text, "USA");

    [Theory]
    [InlineData("A hurricane hit Dominica overnight.", "DMA")]
    [InlineData("Tourism grew in the Dominican Republic.", "DOM")]
    [InlineData("Dominican officials said the border would reopen.", "DOM")]
    public void Dominica_and_the_Dominican_Republic_are_told_apart(string text, string expected) => Finds(text, expected);

    [Theory]
    [InlineData("Exports from Korea rose sharply in March.", "KOR")]
    [InlineData("Korean carmakers raised prices.", "KOR")]
    [InlineData("North Korea fired a missile on Sunday.", "PRK")]
    [InlineData("The North Korean leader inspected the site.", "PRK")]
    [InlineData("South Korean officials protested.", "KOR")]
    [InlineData("Tension rose on the Korean Peninsula.")]
    public void Korea_alone_is_South_Korea_unless_North_is_stated(string text, params string[] expected) => Finds(text, expected);

    [Theory]
    [InlineData("The ship sailed across the Indian Ocean.")]
    [InlineData("Indian officials said the talks went well.", "IND")]
    public void The_Indian_Ocean_is_not_India(string text, params string[] expected) => Finds(text, expected);

    [Theory]
    [InlineData("Wildfires spread across New Mexico.")]
    [InlineData("The governor of New Jersey signed the bill.")]
    public void New_Mexico_and_New_Jersey_are_US_states(string text) => Finds(text, "USA");

    [Fact]
    public void Jersey_alone_is_too_ambiguous_to_report() => Finds("He pulled on a Jersey and left for Jersey.");

    [Theory]
    [InlineData("Trade with China grew.", "CHN")]
    [InlineData("Elections were held in Taiwan.", "TWN")]
    [InlineData("The Republic of China marked its national day.", "TWN")]
    [InlineData("The People's Republic of China was founded in 1949.", "CHN")]
    public void China_and_Taiwan_are_told_apart(string text, string expected) => Finds(text, expected);

    [Theory]
    [InlineData("Drought hit Somalia.", "SOM")]
    [InlineData("The junta in Mali expelled the envoy.", "MLI")]
    [InlineData("Somali and Malian troops were deployed.", "MLI", "SOM")]
    public void Mali_is_not_found_inside_Somalia(string text, params string[] expected) => Finds(text, expected);

    [Theory]
    [InlineData("US officials said the deal was close.", "USA")]
    [InlineData("The U.S. and the U.K. signed the accord.", "GBR", "USA")]
    [InlineData("They told us that the deal was close.")]
    public void US_is_the_country_only_in_capitals(string text, params string[] expected) => Finds(text, expected);

    [Fact]
    public void US_at_a_sentence_start_stays_the_country_when_the_pronoun_also_occurs() =>
        Finds("US officials met on Monday. The talks gave us hope, a delegate said.", "USA");
}
