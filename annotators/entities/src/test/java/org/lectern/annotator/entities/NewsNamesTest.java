package org.lectern.annotator.entities;

import static org.lectern.annotator.entities.CrfEntityAnnotatorTest.assertEntities;

import org.junit.jupiter.api.Test;

/** Names as news writes them (issue 20): compound names, titles, nicknames, party short forms, well-known people. */
class NewsNamesTest {

    @Test
    void hyphenatedSurnameIsOneName() throws Exception {
        assertEntities(
                "Ann Trevelyan-Smith chaired the meeting in Leeds.\n"
                        + "Trevelyan-Smith said the council would appeal.",
                "0-19 PERSON Ann Trevelyan-Smith → Ann Trevelyan-Smith",
                "43-48 LOCATION Leeds → Leeds",
                "50-65 PERSON Trevelyan-Smith → Ann Trevelyan-Smith");
    }

    @Test
    void apostropheAndArabicArticleNamesAreOneName() throws Exception {
        assertEntities(
                "Sean O'Brien and Bashar al-Assad were named in the report.\n"
                        + "O'Brien denied it, and al-Assad did not comment.",
                "0-12 PERSON Sean O'Brien → Sean O'Brien",
                "17-32 PERSON Bashar al-Assad → Bashar al-Assad",
                "59-66 PERSON O'Brien → Sean O'Brien",
                "82-90 PERSON al-Assad → Bashar al-Assad");
    }

    @Test
    void hyphenatedSurnameFoundAgainKeepsItsFirstPart() throws Exception {
        assertEntities(
                "The novelist Antoine de Saint-Exupéry wrote the book in New York.\n"
                        + "Saint-Exupéry never returned to France.",
                "13-37 PERSON Antoine de Saint-Exupéry → Antoine de Saint-Exupéry",
                "56-64 LOCATION New York → New York",
                "66-79 PERSON Saint-Exupéry → Antoine de Saint-Exupéry",
                "98-104 LOCATION France → France");
    }

    @Test
    void listedPartyAfterAPersonIsNotPartOfTheName() throws Exception {
        assertEntities(
                "The motion was backed by Jane Morrow Labour and opposed by the Tories.",
                "25-36 PERSON Jane Morrow → Jane Morrow",
                "37-43 ORGANIZATION Labour → Labour Party",
                "63-69 ORGANIZATION Tories → Conservative Party");
    }

    @Test
    void nicknameInQuotesIsPartOfTheName() throws Exception {
        assertEntities(
                "Brian 'Head' Welch told a radio station in California that he was leaving.\n"
                        + "Welch said his bandmates respected his decision.",
                "0-18 PERSON Brian 'Head' Welch → Brian 'Head' Welch",
                "43-53 LOCATION California → California",
                "75-80 PERSON Welch → Brian 'Head' Welch");
    }

    @Test
    void knighthoodStaysOutsideTheSpanButInTheCanonicalName() throws Exception {
        assertEntities(
                "Dame Judi Dench opened the new theatre on Monday.\nDench said she was delighted.",
                "5-15 PERSON Judi Dench → Dame Judi Dench",
                "50-55 PERSON Dench → Dame Judi Dench");
    }

    @Test
    void peerIsNamedWithTheTitle() throws Exception {
        assertEntities(
                "Lord Sugar told the committee that the scheme had failed.\n" + "Sugar said he would not invest again.",
                "0-10 PERSON Lord Sugar → Lord Sugar",
                "58-63 PERSON Sugar → Lord Sugar");
    }

    @Test
    void wordForAnOrganisationBeforeANameMakesItAnOrganisation() throws Exception {
        assertEntities(
                "The rock band Korn has lost its guitarist.\nKorn said the remaining members would carry on.",
                "14-18 ORGANIZATION Korn → Korn",
                "43-47 ORGANIZATION Korn → Korn");
    }

    @Test
    void acronymWrittenAsAWordIsExpanded() throws Exception {
        assertEntities(
                "The World Anti-Doping Agency (Wada) will appeal against the ruling.\n"
                        + "Wada chairman Dick Pound said the case was clear.",
                "4-28 ORGANIZATION World Anti-Doping Agency → World Anti-Doping Agency",
                "30-34 ORGANIZATION Wada → World Anti-Doping Agency",
                "68-72 ORGANIZATION Wada → World Anti-Doping Agency",
                "82-92 PERSON Dick Pound → Dick Pound");
    }

    @Test
    void webDomainIsAnOrganisationWhateverItsCase() throws Exception {
        assertEntities(
                "Fans found the recordings on latinohiphopradio.com last year.\n"
                        + "Latinohiphopradio.com now has listeners in Mexico.",
                "29-50 ORGANIZATION latinohiphopradio.com → latinohiphopradio.com",
                "62-83 ORGANIZATION Latinohiphopradio.com → latinohiphopradio.com",
                "105-111 LOCATION Mexico → Mexico");
    }

    @Test
    void surnameOfAWellKnownLeaderWithoutAFullNameInTheArticle() throws Exception {
        assertEntities(
                "Merkel said Germany would not send more troops.",
                "0-6 PERSON Merkel → Angela Merkel",
                "12-19 LOCATION Germany → Germany");
    }

    @Test
    void partyShortFormsAndNicknamesAreTheParty() throws Exception {
        assertEntities(
                "The GOP lost ground to the Dems, while the Tories trailed the Lib Dems.",
                "4-7 ORGANIZATION GOP → Republican Party",
                "27-31 ORGANIZATION Dems → Democratic Party",
                "43-49 ORGANIZATION Tories → Conservative Party",
                "62-70 ORGANIZATION Lib Dems → Liberal Democrats");
    }

    @Test
    void endOfAFullNameAndAFirstNameAloneAreThatPerson() throws Exception {
        assertEntities(
                "Ruud van Nistelrooy trained with the squad on Monday.\n"
                        + "Van Nistelrooy could return against Everton, and Ruud himself said he felt fit.",
                "0-19 PERSON Ruud van Nistelrooy → Ruud van Nistelrooy",
                "54-68 PERSON Van Nistelrooy → Ruud van Nistelrooy",
                "90-97 ORGANIZATION Everton → Everton",
                "103-107 PERSON Ruud → Ruud van Nistelrooy");
    }

    @Test
    void organisationNamedWithoutItsGenericLastWordIsTheSameOrganisation() throws Exception {
        assertEntities(
                "The US Customs Service began an investigation.\nLater US Customs raided offices in Texas.",
                "4-22 ORGANIZATION US Customs Service → US Customs Service",
                "53-63 ORGANIZATION US Customs → US Customs Service",
                "82-87 LOCATION Texas → Texas");
    }

    @Test
    void capitalisedWordsBeforeABracketedAcronymOfTheirInitialsAreAnOrganisation() throws Exception {
        assertEntities(
                "They called themselves Drink Or Die (DOD).\nPolice broke up DOD in 2001.",
                "23-35 ORGANIZATION Drink Or Die → Drink Or Die",
                "37-40 ORGANIZATION DOD → Drink Or Die",
                "59-62 ORGANIZATION DOD → Drink Or Die");
    }

    @Test
    void jobTitleThatIsTheFirstWordOfATwoWordNameIsAGivenName() throws Exception {
        assertEntities(
                "A spokesman for the agency, Dean Boyd, said the case was closed.\nBoyd declined to comment further.",
                "28-37 PERSON Dean Boyd → Dean Boyd",
                "65-69 PERSON Boyd → Dean Boyd");
    }
}
