/** US states (with the abbreviations newsrooms use) and cities that layoff news names often → country. */

export const US_STATES: Readonly<Record<string, string[]>> = {
  Alabama: ['Ala.', 'AL'], Alaska: ['AK'], Arizona: ['Ariz.', 'AZ'], Arkansas: ['Ark.', 'AR'],
  California: ['Calif.', 'Cal.', 'CA'], Colorado: ['Colo.', 'CO'], Connecticut: ['Conn.', 'CT'],
  Delaware: ['Del.', 'DE'], Florida: ['Fla.', 'FL'], Georgia: ['Ga.', 'GA'], Hawaii: ['HI'], Idaho: ['ID'],
  Illinois: ['Ill.', 'IL'], Indiana: ['Ind.', 'IN'], Iowa: ['IA'], Kansas: ['Kan.', 'Kans.', 'KS'],
  Kentucky: ['Ky.', 'KY'], Louisiana: ['La.', 'LA'], Maine: ['ME'], Maryland: ['Md.', 'MD'],
  Massachusetts: ['Mass.', 'MA'], Michigan: ['Mich.', 'MI'], Minnesota: ['Minn.', 'MN'],
  Mississippi: ['Miss.', 'MS'], Missouri: ['Mo.', 'MO'], Montana: ['Mont.', 'MT'], Nebraska: ['Neb.', 'Nebr.', 'NE'],
  Nevada: ['Nev.', 'NV'], 'New Hampshire': ['N.H.', 'NH'], 'New Jersey': ['N.J.', 'NJ'], 'New Mexico': ['N.M.', 'NM'],
  'New York': ['N.Y.', 'NY'], 'North Carolina': ['N.C.', 'NC'], 'North Dakota': ['N.D.', 'ND'], Ohio: ['Oh.', 'OH'],
  Oklahoma: ['Okla.', 'OK'], Oregon: ['Ore.', 'OR'], Pennsylvania: ['Pa.', 'Penn.', 'PA'], 'Rhode Island': ['R.I.', 'RI'],
  'South Carolina': ['S.C.', 'SC'], 'South Dakota': ['S.D.', 'SD'], Tennessee: ['Tenn.', 'TN'], Texas: ['Tex.', 'TX'],
  Utah: ['UT'], Vermont: ['Vt.', 'VT'], Virginia: ['Va.', 'VA'], Washington: ['Wash.', 'WA'],
  'West Virginia': ['W.Va.', 'W.V.', 'WV'], Wisconsin: ['Wis.', 'Wisc.', 'WI'], Wyoming: ['Wyo.', 'WY'],
  'District of Columbia': ['D.C.', 'DC'],
};

/** Cities and metro areas → ISO country. Ambiguous names (Cambridge, Birmingham…) map to the likelier one. */
export const CITIES: Readonly<Record<string, string>> = {
  // United States
  Seattle: 'US', 'San Francisco': 'US', 'SF Bay Area': 'US', 'Bay Area': 'US', 'Silicon Valley': 'US', 'Los Angeles': 'US',
  'San Jose': 'US', 'San Diego': 'US', Sacramento: 'US', Oakland: 'US', Pleasanton: 'US', Cupertino: 'US',
  'Mountain View': 'US', 'Palo Alto': 'US', 'Menlo Park': 'US', Sunnyvale: 'US', 'Santa Clara': 'US', Redmond: 'US',
  Bellevue: 'US', Portland: 'US', Boise: 'US', Phoenix: 'US', Tucson: 'US', 'Las Vegas': 'US', Denver: 'US',
  'Salt Lake City': 'US', Austin: 'US', Dallas: 'US', Houston: 'US', 'San Antonio': 'US', 'Fort Worth': 'US',
  Lubbock: 'US', 'El Paso': 'US', Chicago: 'US', Detroit: 'US', Dearborn: 'US', Cleveland: 'US', Columbus: 'US',
  Cincinnati: 'US', 'Blue Ash': 'US', Indianapolis: 'US', Evansville: 'US', Hammond: 'US', Mishawaka: 'US',
  Milwaukee: 'US', Minneapolis: 'US', 'St. Louis': 'US', 'Kansas City': 'US', Omaha: 'US', Lexington: 'US',
  Louisville: 'US', Nashville: 'US', Memphis: 'US', Atlanta: 'US', Charlotte: 'US', Raleigh: 'US', Durham: 'US',
  Miami: 'US', Orlando: 'US', Tampa: 'US', Jacksonville: 'US', 'Fort Lauderdale': 'US', 'New Orleans': 'US',
  'New York City': 'US', Manhattan: 'US', Brooklyn: 'US', Boston: 'US', Philadelphia: 'US', Pittsburgh: 'US',
  Baltimore: 'US', 'Washington, D.C.': 'US', Richmond: 'US', Newark: 'US', Hartford: 'US', Buffalo: 'US',
  Rochester: 'US', Albany: 'US', Kingston: 'US', Valhalla: 'US', Nashua: 'US', Belvidere: 'US', Honolulu: 'US',
  Anchorage: 'US', Albuquerque: 'US', 'Oklahoma City': 'US', Tulsa: 'US', 'Little Rock': 'US', Birmingham: 'GB',
  // Canada
  Toronto: 'CA', Vancouver: 'CA', Montreal: 'CA', Ottawa: 'CA', Calgary: 'CA', Edmonton: 'CA', Waterloo: 'CA',
  // United Kingdom and Ireland
  London: 'GB', Manchester: 'GB', Liverpool: 'GB', Leeds: 'GB', Glasgow: 'GB', Edinburgh: 'GB', Bristol: 'GB',
  Cardiff: 'GB', Belfast: 'GB', Sheffield: 'GB', Newcastle: 'GB', Nottingham: 'GB', Leicester: 'GB', Coventry: 'GB',
  Solihull: 'GB', Halewood: 'GB', Merseyside: 'GB', 'Castle Bromwich': 'GB', 'West Midlands': 'GB', Truro: 'GB',
  Salisbury: 'GB', Warrington: 'GB', 'Leamington Spa': 'GB', 'South Shields': 'GB', 'Stratford-Upon-Avon': 'GB',
  'Canary Wharf': 'GB', Swindon: 'GB', Sunderland: 'GB', Derby: 'GB', Dublin: 'IE', Cork: 'IE',
  // Europe
  Paris: 'FR', Lyon: 'FR', Toulouse: 'FR', Berlin: 'DE', Munich: 'DE', Frankfurt: 'DE', Hamburg: 'DE', Cologne: 'DE',
  Stuttgart: 'DE', Wolfsburg: 'DE', Düsseldorf: 'DE', Leverkusen: 'DE', Amsterdam: 'NL', Eindhoven: 'NL',
  Rotterdam: 'NL', Brussels: 'BE', Zurich: 'CH', Geneva: 'CH', Basel: 'CH', Vienna: 'AT', Stockholm: 'SE',
  Gothenburg: 'SE', Oslo: 'NO', Copenhagen: 'DK', Helsinki: 'FI', Espoo: 'FI', Madrid: 'ES', Barcelona: 'ES',
  Lisbon: 'PT', Milan: 'IT', Rome: 'IT', Turin: 'IT', Warsaw: 'PL', Krakow: 'PL', Prague: 'CZ', Budapest: 'HU',
  Bucharest: 'RO', Athens: 'GR', Moscow: 'RU', Kyiv: 'UA', Istanbul: 'TR',
  // Asia and Oceania
  Bangalore: 'IN', Bengaluru: 'IN', Mumbai: 'IN', 'New Delhi': 'IN', Delhi: 'IN', Gurugram: 'IN', Gurgaon: 'IN',
  Noida: 'IN', Hyderabad: 'IN', Chennai: 'IN', Pune: 'IN', Kolkata: 'IN', Ahmedabad: 'IN', Tokyo: 'JP', Osaka: 'JP',
  Yokohama: 'JP', Seoul: 'KR', Beijing: 'CN', Shanghai: 'CN', Shenzhen: 'CN', Chengdu: 'CN', Hangzhou: 'CN',
  Guangzhou: 'CN', Taipei: 'TW', Singapore: 'SG', Jakarta: 'ID', Manila: 'PH', Bangkok: 'TH', 'Kuala Lumpur': 'MY',
  'Ho Chi Minh City': 'VN', Hanoi: 'VN', Dubai: 'AE', 'Abu Dhabi': 'AE', 'Tel Aviv': 'IL', Riyadh: 'SA',
  Sydney: 'AU', Melbourne: 'AU', Brisbane: 'AU', Perth: 'AU', Adelaide: 'AU', Auckland: 'NZ', Wellington: 'NZ',
  // Africa and Latin America
  Lagos: 'NG', Nairobi: 'KE', Johannesburg: 'ZA', 'Cape Town': 'ZA', Cairo: 'EG', 'São Paulo': 'BR', 'Sao Paulo': 'BR',
  'Rio de Janeiro': 'BR', 'Mexico City': 'MX', Monterrey: 'MX', 'Buenos Aires': 'AR', Santiago: 'CL', Bogotá: 'CO',
  Bogota: 'CO', Lima: 'PE',
};

/** Regions that are places but no single country. */
export const REGIONS: readonly string[] = [
  'Europe', 'Asia', 'Africa', 'Latin America', 'North America', 'South America', 'Middle East', 'Asia Pacific',
  'APAC', 'EMEA', 'Scandinavia', 'the Americas',
];
