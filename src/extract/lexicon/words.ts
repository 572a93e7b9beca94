/** Word lists the extractor reads: job nouns, outlets, titles, names, generic actors. Data, not logic. */

/** Nouns that count people or jobs: an amount attached to one of these is a count of people. */
export const JOB_NOUNS = new Set([
  'job', 'jobs', 'role', 'roles', 'position', 'positions', 'post', 'posts', 'employee', 'employees', 'worker',
  'workers', 'staff', 'staffers', 'staffer', 'people', 'persons', 'personnel', 'layoffs', 'lay-offs', 'redundancies',
  'cuts', 'members', 'colleagues', 'headcount', 'seats', 'contractors', 'engineers', 'designers', 'attendants',
  'pilots', 'mechanics', 'nurses', 'doctors', 'teachers', 'drivers', 'agents', 'executives', 'managers', 'associates',
  'reporters', 'journalists', 'editors', 'developers', 'programmers', 'technicians', 'operators', 'officers',
  'specialists', 'analysts', 'consultants', 'bankers', 'traders', 'researchers', 'scientists', 'faculty',
  'professors', 'clerks', 'cashiers', 'salespeople', 'representatives', 'reps', 'union', 'unionized', 'hourly',
  'salaried', 'furloughs', 'workforce', 'individuals', 'team', 'crew', 'crews', 'miners', 'machinists',
  'assemblers', 'firefighters', 'soldiers', 'troops', 'civil', 'servants', 'probationary', 'contract', 'temporary',
]);

/** The core nouns that name jobs or people (without the adjectives above). */
export const CORE_JOB_NOUN =
  /^(?:jobs?|roles?|positions?|posts|employees?|workers?|staff(?:ers?)?|people|personnel|layoffs|lay-offs|redundancies|job\s+cuts|colleagues|members|contractors|engineers|designers|attendants|pilots|mechanics|nurses|teachers|drivers|agents|executives|managers|associates|reporters|journalists|editors|developers|technicians|operators|officers|specialists|analysts|consultants|bankers|researchers|scientists|faculty|clerks|cashiers|salespeople|representatives|individuals|miners|machinists|employees’|workers’)$/i;

/** News outlets and agencies: they report cuts, they do not make them. */
export const OUTLETS = new Set([
  'Reuters', 'Bloomberg', 'AP', 'Associated Press', 'AFP', 'Agence France-Presse', 'CNBC', 'CNN', 'BBC', 'Business Insider',
  'Insider', 'The Verge', 'Verge', 'TechCrunch', 'Financial Times', 'FT', 'Wall Street Journal', 'The Wall Street Journal',
  'WSJ', 'Journal', 'New York Times', 'The New York Times', 'Washington Post', 'The Washington Post', 'Times of India',
  'The Times of India', 'The Hindu', 'Hindu', 'Economic Times', 'The Economic Times', 'Business Standard', 'Moneycontrol',
  'Mint', 'Livemint', 'Variety', 'Deadline', 'Axios', 'The Information', 'Semafor', 'Fortune', 'Forbes', 'Guardian',
  'The Guardian', 'Sky News', 'Yahoo Finance', 'Yahoo', 'Dow Jones', 'Dow Jones Newswires', 'MarketWatch', 'Barron’s',
  'IANS', 'PTI', 'ANI', 'Press Trust of India', 'Kyodo', 'Nikkei', 'Xinhua', 'Dagens Industri', 'Handelsblatt',
  'Le Monde', 'Les Echos', 'El País', 'Süddeutsche Zeitung', 'Der Spiegel', 'Spiegel', 'FOX Business', 'Fox Business',
  'Fox News', 'NBC News', 'ABC News', 'CBS News', 'NPR', 'Politico', 'The Atlantic', 'Wired', 'Engadget', 'ZDNet',
  'Gizmodo', 'Ars Technica', 'The Register', 'Protocol', 'Business Today', 'India Today', 'Hindustan Times',
  'NDTV', 'Entrackr', 'Inc42', 'YourStory', 'TechCrunch+', 'Crunchbase News', 'Layoffs.fyi', 'LayoffsFYI', 'Blind',
  'The Telegraph', 'Telegraph', 'The Independent', 'Independent', 'Daily Mail', 'The Sun', 'Evening Standard',
  'City AM', 'City A.M.', 'PA', 'PA Media', 'Press Association', 'Tekedia', 'Newsbytes', 'KCBD', 'Taiwan News',
  'Apple Daily', 'Central News Agency', 'Global News', 'CBC', 'CTV', 'Globe and Mail', 'Toronto Star',
  'Sydney Morning Herald', 'ABC', 'Channel NewsAsia', 'CNA', 'Straits Times', 'South China Morning Post', 'SCMP',
  'Korea Herald', 'Yonhap', 'Jiji', 'Asahi', 'Challenger', 'Challenger, Gray & Christmas', 'Bureau of Labor Statistics',
  'Gartner', 'Forrester', 'IDC', 'HFS Research', 'Moody’s', "Moody's", 'S&P Global', 'Morningstar', 'Coursera',
  'LinkedIn Learning', 'edX', 'X', 'Twitter/X', 'Facebook post', 'LinkedIn post', 'Economic Times',
]);

/** Words that take a capital without being names: function words, months, days, titles, generic nouns. */
export const NOT_NAMES = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'It', 'Its', 'It’s', "It's", 'He', 'She', 'They', 'We', 'I',
  'You', 'Our', 'Their', 'His', 'Her', 'In', 'On', 'At', 'As', 'By', 'For', 'From', 'With', 'Without', 'Into', 'Of',
  'To', 'And', 'But', 'Or', 'Nor', 'So', 'Yet', 'If', 'When', 'While', 'Where', 'Why', 'How', 'What', 'Who', 'Which',
  'After', 'Before', 'Since', 'Until', 'During', 'Despite', 'Amid', 'Amidst', 'Although', 'Though', 'However',
  'Meanwhile', 'Moreover', 'Furthermore', 'Also', 'Additionally', 'According', 'Last', 'Next', 'Earlier', 'Later',
  'Now', 'Today', 'Yesterday', 'Tomorrow', 'Recently', 'Currently', 'Other', 'Others', 'Many', 'Some', 'Most',
  'All', 'Any', 'Each', 'Every', 'Both', 'Several', 'Few', 'More', 'Here', 'There', 'Notably', 'Importantly',
  'Interestingly', 'Ironically', 'Overall', 'Under', 'Over', 'About', 'Around', 'Nearly', 'Almost', 'Roughly',
  'Approximately', 'Up', 'Down', 'Per', 'Via', 'Not', 'No', 'Yes', 'Please', 'Recall', 'Despite', 'Given',
  'Following', 'Including', 'Like', 'Unlike', 'Beyond', 'Among', 'Between', 'Through', 'Across', 'Against',
  'Within', 'Outside', 'Inside', 'Instead', 'Still', 'Even', 'Just', 'Only', 'Then', 'Thus', 'Therefore',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Monday',
  'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'CEO', 'CFO', 'COO', 'CTO', 'CHRO', 'Chief',
  'Executive', 'Officer', 'President', 'Check', 'See', 'Read', 'Learn', 'Find', 'Visit', 'Watch', 'Get', 'Try', 'Note', 'Artificial', 'Sometimes', 'Often', 'Usually', 'Typically', 'Generally', 'Always', 'Never', 'Finally', 'Initially', 'Eventually', 'Unfortunately', 'Fortunately', 'Instead', 'Unlike', 'Notices', 'Shares', 'Officials', 'Investors', 'Customers', 'Users', 'Experts', 'Critics', 'Documents', 'Filings', 'Records', 'Plans', 'Professionals', 'Analysts', 'Executives', 'Managers', 'Staffers', 'Residents', 'Students', 'Members', 'Leaders', 'Observers', 'Insiders', 'People', 'Sales', 'Revenue', 'Profits', 'Earnings', 'Stores', 'Factories', 'Plants', 'Chairman', 'Chairwoman', 'Chair', 'Director', 'Founder', 'Co-founder',
  'Head', 'Senior', 'Managing', 'Spokesperson', 'Spokesman', 'Spokeswoman', 'Mr', 'Mrs', 'Ms', 'Dr', 'Mr.',
  'Mrs.', 'Ms.', 'Dr.', 'Sir', 'Editor', 'Analyst', 'Minister', 'Secretary', 'Judge', 'Governor', 'Mayor', 'Senator',
  'AI', 'A.I.', 'IT', 'HR', 'PR', 'Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2', 'FY', 'COVID', 'COVID-19', 'Covid', 'Covid-19',
  'Coronavirus', 'SEC', 'WARN', 'LLC', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Ltd', 'Ltd.', 'Plc', 'PLC', 'Co', 'Co.',
  'Group', 'Update', 'Updated', 'Published', 'Read', 'Share', 'Click', 'Subscribe', 'Photo', 'Image', 'Video',
  'Key', 'Takeaways', 'Details', 'Summary', 'Conclusion', 'Final', 'Thoughts', 'Breaking', 'News', 'Latest',
  'Exclusive', 'Opinion', 'Analysis', 'Report', 'Reports', 'Sources', 'Source', 'Layoff', 'Layoffs', 'Lay-offs',
  'Job', 'Jobs', 'Cuts', 'Tech', 'Big', 'Wall', 'Street', 'Wall Street', 'Silicon', 'Valley', 'Silicon Valley',
  'Dive', 'Brief', 'Insight', 'Tag', 'Home', 'Menu', 'Content', 'Team', 'Staff', 'Reporter', 'Writer', 'Business',
  'Markets', 'Economy', 'World', 'Industry', 'Stocks', 'Money', 'Technology', 'Careers', 'Work', 'Future',
  'Employees', 'Workers', 'Union', 'Chapter', 'Act', 'Section', 'Part', 'Phase', 'Round', 'Project', 'Program',
  'Programme', 'Plan', 'Strategy', 'Aspect', 'Scope', 'Reason', 'Impacted', 'Financial', 'Growth', 'Employee',
  'Support', 'Areas', 'Traditional', 'Reskilling', 'Required', 'Who', 'Is', 'Being', 'Affected', 'What’s', 'Going',
  'Why', 'Happened', 'Cost', 'Optimization', 'Realignment', 'Trends', 'Hiring', 'Means', 'Next', 'Quick', 'Recap',
  'Global', 'Local', 'National', 'International', 'Federal', 'State', 'Government', 'Department', 'Ministry',
  'Court', 'Congress', 'Senate', 'Parliament', 'Administration', 'Democratic', 'Republican', 'Labour', 'Labor',
  'Generative', 'Machine', 'Learning', 'Cloud', 'Data', 'Digital', 'Mobile', 'Internet', 'Web', 'Software',
  'Hardware', 'Retail', 'Energy', 'Toy', 'Media', 'Car', 'Food', 'Law', 'Industrial', 'Telecom', 'Telecoms',
  'Consulting', 'Cloud-based', 'Wall-Street', 'Startup', 'Startups', 'Airline', 'Bank', 'Firm', 'Company',
  'Companies', 'Corporation', 'Giant', 'Maker', 'Retailer', 'Lender', 'Insurer', 'Automaker', 'Carmaker',
  'Chipmaker', 'Manufacturer', 'Provider', 'Platform', 'Service', 'Services', 'Operations', 'Division', 'Unit',
  'Units', 'Organization', 'Organisation', 'Specialist', 'Specialists', 'Teams', 'Roles', 'Positions',
]);

/** First names: a capitalised pair starting with one of these is a person, not an organisation. */
export const FIRST_NAMES = new Set([
  'Aaron', 'Adam', 'Alan', 'Alex', 'Alexander', 'Alice', 'Amy', 'Andrew', 'Andy', 'Angela', 'Ann', 'Anna', 'Anne',
  'Anthony', 'Arvind', 'Ashley', 'Barbara', 'Ben', 'Benjamin', 'Bernard', 'Bettina', 'Bill', 'Bob', 'Brad',
  'Brandon', 'Brian', 'Bruce', 'Carl', 'Carlos', 'Carol', 'Catherine', 'Charles', 'Chris', 'Christine', 'Christopher',
  'Chuck', 'Claire', 'Dale', 'Dan', 'Daniel', 'Dara', 'Dave', 'David', 'Dee-Ann', 'Dennis', 'Diane', 'Doug',
  'Douglas', 'Drew', 'Ed', 'Edward', 'Elizabeth', 'Elliott', 'Elon', 'Emily', 'Emma', 'Enrique', 'Eren', 'Eric',
  'Ethan', 'Frank', 'Fred', 'Gary', 'George', 'Gina', 'Greg', 'Gregory', 'Hannah', 'Harry', 'Helen', 'Henry', 'Holly',
  'Ian', 'Jack', 'Jacob', 'James', 'Jamie', 'Jane', 'Janet', 'Jason', 'Jeff', 'Jeffrey', 'Jennifer', 'Jensen',
  'Jeremy', 'Jessica', 'Jim', 'Jo', 'Joe', 'John', 'Jonah', 'Jonathan', 'Joseph', 'Josh', 'Joshua', 'Julia', 'Julie',
  'Justin', 'Karen', 'Kate', 'Katherine', 'Kathy', 'Keith', 'Kelly', 'Ken', 'Kenneth', 'Kevin', 'Kim', 'Koren',
  'Kumar', 'Larry', 'Laura', 'Lauren', 'Linda', 'Lisa', 'Lori', 'Lucy', 'Marc', 'Marcus', 'Margaret', 'Maria',
  'Marie', 'Mark', 'Martin', 'Mary', 'Matt', 'Matthew', 'Michael', 'Michelle', 'Mike', 'Nancy', 'Nathan', 'Nick',
  'Nicholas', 'Nicole', 'Nino', 'Noah', 'Oliver', 'Pam', 'Pat', 'Patrick', 'Paul', 'Paige', 'Peter', 'Phil',
  'Philip', 'Piyush', 'Rachel', 'Ralf', 'Ravi', 'Raj', 'Rebecca', 'Richard', 'Rich', 'Rick', 'Rob', 'Robert',
  'Roger', 'Ron', 'Ronald', 'Ruth', 'Ryan', 'Sam', 'Samuel', 'Sandra', 'Sarah', 'Satya', 'Saurabh', 'Scott',
  'Sean', 'Sebastian', 'Sharon', 'Simon', 'Stephen', 'Steve', 'Steven', 'Sundar', 'Susan', 'Tim', 'Timothy', 'Tom',
  'Thomas', 'Tony', 'Tyler', 'Victoria', 'Vijay', 'Walter', 'William', 'Zach', 'Bhavish', 'Sriharsha', 'Saptarshi',
  'Bettina', 'Jassy', 'Eschenbach', 'Kevin', 'Kelvin', 'Brian', 'Lip-Bu', 'Pat', 'Shantanu', 'Arvind', 'Rajesh',
  'Sanjay', 'Deepak', 'Amit', 'Anand', 'Krithivasan', 'Frank', 'Jen', 'Jenny', 'Jennifer', 'Chesky', 'Bali',
]);

/** Nouns that stand for the company in a clause ("the company said it would cut…"). */
export const COMPANY_ANAPHORA =
  /\b(?:it|its|the (?:company|firm|group|bank|lender|airline|carrier|retailer|chain|automaker|carmaker|maker|manufacturer|startup|start-up|giant|business|insurer|operator|publisher|newspaper|paper|network|studio|platform|provider|conglomerate|organi[sz]ation|employer|university|hospital|health system|system|agency|brand|outlet|tech giant|tech company|social media company|e-commerce giant|cloud giant|software maker|chipmaker|telecoms? giant|toy giant|energy giant|bank's|company's|firm's))\b/i;

/** Subjects that are not one organisation: statistics and trends, not a report of one cut. */
export const GENERIC_ACTORS =
  /\b(?:employers|companies|firms|businesses|startups|start-ups|tech companies|tech firms|tech giants|big tech|the (?:industry|sector|economy|market)|industries|sectors|the government|organi[sz]ations|many|others|several|dozens of (?:other )?companies|workers|people|employees)\b/i;
