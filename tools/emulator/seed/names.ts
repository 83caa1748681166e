/**
 * Name banks for the fictional staff: names common in Sweden today, including å, ä, ö and é so
 * that the UI, sorting and search are exercised with them. Combined at random, so no real person.
 */

export const GIVEN_NAMES: readonly string[] = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Kristina', 'Lena', 'Emma', 'Kerstin', 'Ingrid', 'Marie',
  'Malin', 'Jenny', 'Hanna', 'Linda', 'Sofia', 'Elin', 'Ida', 'Johanna', 'Annika', 'Susanne',
  'Camilla', 'Åsa', 'Ulrika', 'Josefin', 'Matilda', 'Frida', 'Amanda', 'Julia', 'Elsa', 'Ebba',
  'Felicia', 'Therese', 'Petra', 'Cecilia', 'Agneta', 'Birgitta', 'Gunilla', 'Louise', 'Caroline',
  'Jessica', 'Madeleine', 'Désirée', 'Renée', 'Märta', 'Signe', 'Astrid', 'Maja', 'Wilma', 'Tove',
  'Fatima', 'Leila', 'Amina', 'Yasmin', 'Nour', 'Mariam', 'Zeynep', 'Aleksandra', 'Natalia',
  'Jelena', 'Ewa', 'Aino', 'Hiba', 'Rahel', 'Linnéa', 'Thérèse',
  'Erik', 'Lars', 'Karl', 'Anders', 'Per', 'Mikael', 'Nils', 'Jan', 'Lennart', 'Hans', 'Olof',
  'Gunnar', 'Sven', 'Fredrik', 'Daniel', 'Alexander', 'Andreas', 'Magnus', 'Stefan', 'Jonas',
  'Mattias', 'Martin', 'Niklas', 'Henrik', 'Björn', 'Göran', 'Jörgen', 'Håkan', 'Måns', 'Oskar',
  'Viktor', 'Emil', 'Filip', 'Gustav', 'Axel', 'Hugo', 'Elias', 'Anton', 'Simon', 'Linus',
  'Tobias', 'Joakim', 'Ulf', 'Thomas', 'Ali', 'Mohammed', 'Ahmad', 'Omar', 'Hassan', 'Amir',
  'Yusuf', 'Mehmet', 'Dragan', 'Milan', 'Tomasz', 'André', 'René', 'Jesper', 'Rasmus', 'Kalle',
  'Sebastian', 'Isak', 'Sami', 'Tor'
];

export const SURNAMES: readonly string[] = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson',
  'Pettersson', 'Gustafsson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg',
  'Jakobsson', 'Magnusson', 'Olofsson', 'Lindström', 'Lindqvist', 'Lindgren', 'Axelsson',
  'Bergström', 'Lundberg', 'Lundgren', 'Mattsson', 'Berglund', 'Fredriksson', 'Sandberg',
  'Henriksson', 'Forsberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin', 'Håkansson',
  'Björk', 'Bergman', 'Gunnarsson', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson', 'Bergqvist',
  'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist', 'Claesson',
  'Nordström', 'Mårtensson', 'Lundqvist', 'Björklund', 'Hedlund', 'Åberg', 'Öberg', 'Sundberg',
  'Strand', 'Ekström', 'Holmgren', 'Dahlberg', 'Hellström', 'Sjöström', 'Abrahamsson', 'Lindén',
  'Rosén', 'Edén', 'Carlén', 'Hedén', 'Ali', 'Mohammed', 'Hassan', 'Ahmed', 'Yilmaz', 'Nguyen',
  'Hosseini', 'Rahimi', 'Nowak', 'Petrovic', 'Jovanovic', 'Kaya', 'Demir', 'Haddad', 'Khalil',
  'Virtanen', 'Korhonen', 'Wahlström', 'Åkesson', 'Östlund', 'Sandström'
];

/** The local part of an address: lower case ASCII, as directories usually make them. */
export function toKeyPart(name: string): string {
  return name
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[éè]/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/[^a-z0-9-]/g, '');
}
