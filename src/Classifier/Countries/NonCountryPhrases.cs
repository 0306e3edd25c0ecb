namespace Classifier.Countries;

/// <summary>Phrases that contain a country word but name something else: seas, continents, foods, breeds.
/// They go into the phrase trie with no country, so the longest-match rule swallows their words ("Indian
/// Ocean" is found before "Indian" can be). Case matters as in the gazetteer: a lower-case word here matches
/// any case.</summary>
internal static class NonCountryPhrases
{
    public static IReadOnlyList<string> All { get; } =
    [
        // Seas, gulfs, rivers and regions shared by several countries.
        "Indian Ocean", "South China Sea", "East China Sea", "China Sea", "Sea of Japan", "Korean Peninsula",
        "Korean War", "Persian Gulf", "Arabian Sea", "Arabian Peninsula", "Arabian Gulf", "Gulf of Guinea",
        "Gulf of Mexico", "Gulf of Aden", "Gulf of Oman", "Gulf of Thailand", "Gulf of Panama", "Irish Sea",
        "Niger River", "River Niger", "Niger Basin", "Congo River", "River Congo", "Congo Basin", "Jordan River",
        "River Jordan", "Jordan Valley", "Lake Chad", "Chad Basin", "Lake Victoria", "Sea of Azov",
        "New Guinea", "West Indies", "West Indian", "East Indies", "Philippine Sea", "Java Sea", "Bay of Bengal",
        "Strait of Malacca", "Mexico Beach",

        // Continents and parts of them that contain "America".
        "North America", "South America", "Central America", "Latin America", "North American",
        "South American", "Central American", "Latin American", "Pan American", "Pan-American", "Americas",
        "Organization of American States", "Captain America", "Copa America", "Copa Am\u00e9rica", "America's Cup",
        "Americas Cup", "Bank of America", "Inter-American", "Inter-American Development Bank",

        // Everyday things named after a country.
        "guinea pig", "guinea fowl", "guinea worm", "French fries", "French fry", "French toast", "French horn",
        "French kiss", "Turkish delight", "Turkish bath", "Swiss cheese", "Swiss army knife", "Brussels sprouts",
        "German shepherd", "Great Dane", "Afghan hound", "Panama hat", "Mexican wave", "Russian roulette",
        "Chinese whispers", "Chinese checkers", "Spanish flu", "Spanish Inquisition", "Indian summer",
        "Dutch oven", "Dutch courage", "Irish coffee", "Greek yogurt", "Greek yoghurt", "Bermuda Triangle",
        "Bermuda shorts", "turkey vulture", "Jordan shoes", "Air Jordan", "Jordan brand", "Persian cat",
        "Siamese cat", "Siamese twins", "New York minute", "Welsh rarebit", "Scotch egg", "Danish pastry",
        "Swedish meatballs", "Belgian waffle", "Brazil nut", "Brazil nuts", "Japanese knotweed", "China syndrome",
    ];
}
